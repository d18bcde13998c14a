"""How a cell value is written to CSV so that spreadsheets cannot run it, and read back.

Spreadsheet programs treat a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula (and a leading tab or carriage return can hide one), so a person
or team named ``=HYPERLINK(...)`` in an export could run code on the machine of
whoever opens it (CSV injection). The exporter therefore prefixes such a cell
with one apostrophe, which Excel and LibreOffice show as text.

The rule is reversible, so an export read back by the importer gives the same
value: a cell is prefixed when, after any apostrophes it already starts with,
its first character is a trigger. The importer removes exactly one leading
apostrophe under the same condition (:func:`restore`). A value like
``'s-Hertogenbosch`` is left alone both ways; ``'=x`` is written ``''=x`` and
read back as ``'=x``.

We never write negative numbers or signed times ourselves, so no legitimate
numeric cell is touched.
"""

from __future__ import annotations

from typing import Final

#: First characters that make a spreadsheet evaluate a cell (OWASP's list).
FORMULA_TRIGGERS: Final = frozenset("=+-@\t\r")


def _needs_quote(value: str) -> bool:
    rest = value.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_TRIGGERS


def neutralise(value: str) -> str:
    """The cell as written to CSV: ``=1+2`` becomes ``'=1+2``; anything else is unchanged."""
    return "'" + value if _needs_quote(value) else value


def restore(cell: str) -> str:
    """Undo :func:`neutralise`: what the importer applies to every cell it reads."""
    if cell.startswith("'") and _needs_quote(cell[1:]):
        return cell[1:]
    return cell
