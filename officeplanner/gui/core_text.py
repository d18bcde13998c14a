"""The core's messages in the user's language.

The Qt-free core writes messages in English, and the ones worded through
:mod:`officeplanner.wording` remember their template and values: those are looked up
in Qt's translations here (their templates are in the "core" string group) and filled
in again. Any other text — a library's error, a name from the file — is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from officeplanner.wording import Wording


def in_user_language(text: object) -> str:
    """``text`` translated when the core worded it for translation, else as it is."""
    if isinstance(text, Wording):
        template = QCoreApplication.translate(text.context, text.template)
        try:
            return template.format(**text.values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str.__str__(text)
    return str(text)
