"""GUI tests need Qt; the whole folder is skipped in the headless (no Qt) environment."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("PySide6", reason="GUI tests need PySide6 (not in the headless env)")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    """Bokmål installed for one test; English (no translators) again afterwards."""
    from officeplanner.gui import i18n

    assert i18n.install_translators(qapp, "nb") == "nb"
    yield
    i18n.install_translators(qapp, "en")
