"""The ``officeplanner`` command line: one console script, one module per sub-command."""
