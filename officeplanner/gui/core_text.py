"""The core's messages in the user's language.

The Qt-free core writes messages in English, and the ones worded through
:mod:`officeplanner.wording` remember their template and values: those are looked up
in Qt's translations here (their templates are in the "core" string group) and filled
in again. Any other text — a library's error, a name from the file — is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from officeplanner.wording import Wording


def in_user_language(text: object) -> str:
    """``text`` translated when the core worded it for translation, else as it is."""
    if isinstance(text, Wording):
        template = QCoreApplication.translate(text.context, text.template)
        # a value may be a worded sentence itself (several booking conflicts in one message)
        values = {
            k: in_user_language(v) if isinstance(v, Wording) else v for k, v in text.values.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return str.__str__(text)
    return str(text)


class LocaleEventWording:
    """Calendar exports worded in the user's language (officeplanner.calendar.wording)."""

    def text(self, text: str) -> str:
        return in_user_language(text)

    def weekday(self, index: int) -> str:
        return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)
