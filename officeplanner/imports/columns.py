"""Which source column holds which canonical column, and what kind of file it is.

Headers are matched case-insensitively, ignoring ``_``/``-``/extra spaces,
against the canonical name and English and Norwegian aliases (what booking
systems, HR lists and badge readers call them). An explicit mapping
(canonical column -> header as written in the file) replaces the guess
entirely, so that a user who says "this file has no team column" is obeyed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from officeplanner.domain import CANONICAL_COLUMNS, DataKind

ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "date": ("dato", "day", "dag", "booking date", "bookingdato", "datum"),
    "desk": (
        "pult", "plass", "arbeidsplass", "skrivebord", "seat", "desk name", "desk id",
        "pultnavn", "sete",
    ),
    "person": (
        "navn", "ansatt", "name", "employee", "user", "bruker", "medarbeider", "full name",
        "fullt navn", "employee name",
    ),
    "team": ("avdeling", "department", "dept", "gruppe", "group", "seksjon", "enhet"),
    "status": ("tilstand", "state", "booking status", "bookingstatus"),
    "start": ("start time", "from", "fra", "starttid", "fra kl", "time from", "begin"),
    "end": ("end time", "to", "til", "sluttid", "til kl", "time to", "until"),
    "checked_in_at": (
        "checked in at", "check in time", "check in", "checkin", "innsjekk", "innsjekket",
        "sjekket inn kl", "innsjekkingstid",
    ),
    "site": ("lokasjon", "kontor", "office", "location", "sted", "building", "bygg"),
    "floor": ("etasje", "level", "etg", "storey"),
    "zone": ("sone", "område", "omrade", "area", "wing", "fløy"),
    "bookable": ("bookbar", "kan bookes", "available", "reservable"),
    "monitor": ("skjerm", "screen", "has monitor"),
    "standing": (
        "standing desk", "hev senk", "hev/senk", "heve senke", "ståpult", "stapult",
        "sit stand",
    ),
    "accessible": ("universelt utformet", "tilgjengelig", "wheelchair", "accessibility"),
    "email": ("e mail", "e post", "epost", "mail", "email address", "e postadresse"),
    "count": ("antall", "number", "visitors", "besøkende", "people", "headcount", "persons"),
    "reason": ("årsak", "arsak", "grunn", "description", "beskrivelse", "note", "comment"),
}  # fmt: skip

#: Columns a file of each kind must have (attendance also needs a person or a count).
REQUIRED: Final[dict[DataKind, tuple[str, ...]]] = {
    DataKind.DESKS: ("site", "floor", "zone", "desk"),
    DataKind.PEOPLE: ("person",),
    DataKind.BOOKINGS: ("date", "desk", "person", "status"),
    DataKind.ATTENDANCE: ("date", "site"),
    DataKind.CLOSURES: ("site", "date"),
}


def normalise_header(text: str) -> str:
    return " ".join(
        text.strip().lstrip("\ufeff").lower().replace("_", " ").replace("-", " ").split()
    )


def _names(column: str) -> frozenset[str]:
    return frozenset({normalise_header(column), *(normalise_header(a) for a in ALIASES[column])})


_NAMES: Final = {column: _names(column) for column in ALIASES}


def guess_mapping(headers: Sequence[str], kind: DataKind) -> dict[str, str]:
    """canonical column -> header, for the columns of ``kind`` found in ``headers``.

    Each header is used at most once: an exact canonical name beats an alias, and
    the leftmost header wins a tie.
    """
    found: dict[str, str] = {}
    used: set[int] = set()
    normalised = [normalise_header(h) for h in headers]
    for exact in (True, False):
        for column in CANONICAL_COLUMNS[kind]:
            if column in found:
                continue
            wanted = {normalise_header(column)} if exact else _NAMES[column]
            for i, name in enumerate(normalised):
                if i not in used and name in wanted:
                    found[column] = headers[i]
                    used.add(i)
                    break
    return found


def missing_columns(kind: DataKind, mapping: Mapping[str, str]) -> list[str]:
    """Required columns of ``kind`` that ``mapping`` lacks."""
    missing = [c for c in REQUIRED[kind] if c not in mapping]
    if kind is DataKind.ATTENDANCE and "person" not in mapping and "count" not in mapping:
        missing.append("person or count")
    return missing


def guess_kind(headers: Sequence[str]) -> DataKind | None:
    """The kind whose required columns are all there and which uses most headers."""
    best: tuple[int, int, DataKind] | None = None
    for kind in DataKind:
        mapping = guess_mapping(headers, kind)
        if missing_columns(kind, mapping):
            continue
        score = (len(mapping), len(REQUIRED[kind]), kind)
        if best is None or score[:2] > best[:2]:
            best = score
    return None if best is None else best[2]


@dataclass(frozen=True)
class ColumnMap:
    """Where each canonical column is in a row: its index and header (for messages)."""

    kind: DataKind
    index: dict[str, int]
    header: dict[str, str]
    ignored: tuple[str, ...]
    #: The header's column count: a row's expected width, even when a header repeats.
    n_columns: int

    def has(self, column: str) -> bool:
        return column in self.index


def resolve(
    headers: Sequence[str], kind: DataKind, explicit: Mapping[str, str] | None
) -> tuple[ColumnMap, list[str]]:
    """The column map for ``kind``, and what is wrong with it (empty when usable)."""
    errors: list[str] = []
    if explicit:
        mapping: dict[str, str] = {}
        for column, header in explicit.items():
            if column not in CANONICAL_COLUMNS[kind]:
                errors.append(f"the mapping names {column!r}, which is not a {kind.value} column")
            elif header not in headers:
                errors.append(f"the mapping's column {header!r} for {column!r} is not in the file")
            else:
                mapping[column] = header
    else:
        mapping = guess_mapping(headers, kind)
    missing = missing_columns(kind, mapping)
    if missing:
        expected = ", ".join(CANONICAL_COLUMNS[kind])
        errors.append(
            f"a {kind.value} file needs the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (found: {', '.join(headers) or 'no headers'}; "
            f"the {kind.value} columns are {expected}, or their Norwegian names)"
        )
    index = {column: headers.index(header) for column, header in mapping.items()}
    used = set(index.values())
    ignored = tuple(h for i, h in enumerate(headers) if i not in used)
    return ColumnMap(kind, index, mapping, ignored, len(headers)), errors
