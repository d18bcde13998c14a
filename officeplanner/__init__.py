"""Office Planner: plan hybrid work offline from one SQLite file the user owns.

Everything in this package except :mod:`officeplanner.gui` is free of Qt so that
the command line, the tests and the GUI share one core.
"""

__version__ = "0.1.0"
