"""GUI tests need Qt; the whole folder is skipped in the headless (no Qt) environment."""

import pytest

pytest.importorskip("PySide6", reason="GUI tests need PySide6 (not in the headless env)")
