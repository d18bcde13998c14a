"""The demo office: a realistic, deterministic organisation to try everything on.

No Qt here: the CLI (``officeplanner demo``), the GUI's first run and the tests
all use these functions.
"""

from officeplanner.demo.files import create_demo_file, default_demo_path, ensure_demo_office
from officeplanner.demo.generator import (
    MAX_PEOPLE,
    MAX_WEEKS,
    MIN_PEOPLE,
    MIN_WEEKS,
    DemoSummary,
    generate_demo,
    most_recent_friday,
)

__all__ = [
    "MAX_PEOPLE",
    "MAX_WEEKS",
    "MIN_PEOPLE",
    "MIN_WEEKS",
    "DemoSummary",
    "create_demo_file",
    "default_demo_path",
    "ensure_demo_office",
    "generate_demo",
    "most_recent_friday",
]
