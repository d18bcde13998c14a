"""Messages the core writes in English that a GUI can write again in the user's language.

The core has no Qt, so it cannot look a translation up; but a message made here is an
ordinary ``str`` (the English text, for the command line, logs and tests) that also
remembers its template and values. The GUI passes the template through Qt's
``QCoreApplication.translate`` and fills in the values, so a Norwegian user reads the
importer's findings in Norwegian. The call is ``translate(context, template)`` (named
and shaped so that Qt's ``lupdate`` finds the templates in these core modules like any
other), with the values added by :meth:`Wording.fill` — ``lupdate`` skips a call
that has more arguments.
"""

from __future__ import annotations

from typing import Any


class Wording(str):
    """English text made from ``template.format(**values)``, remembering both."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, context: str, template: str, values: dict[str, Any]) -> Wording:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.context = context
        self.template = template
        self.values = values
        return self

    def fill(self, **values: Any) -> Wording:
        """The message with its placeholders filled in."""
        return Wording(self.context, self.template, values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Wording, (self.context, self.template, self.values))


def translate(context: str, template: str) -> Wording:
    """The message ``template`` (a ``str.format`` template; fill it with :meth:`~Wording.fill`)."""
    return Wording(context, template, {})


def wording_of(reason: object) -> str:
    """``reason`` as text, keeping a Wording (also the one an exception was raised with)."""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, BaseException) and len(reason.args) == 1:
        (arg,) = reason.args
        if isinstance(arg, Wording):
            return arg
    return str(reason)
