"""Deleting rows so that undo can put them back with the same ids.

A delete can be large: removing a site of the demo office takes a million bookings with
it. Holding those as Python objects for the undo stack would cost hundreds of megabytes,
so the deleted rows are moved into TEMP tables of the same connection instead (SQLite
keeps those outside the office file, in its temporary store, and drops them when the
file is closed — which is also when the GUI clears its undo stack). The copy and the
delete happen in the caller's one transaction, so either both happen or neither does.
"""

from __future__ import annotations

import itertools
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from officeplanner.store import OfficeFile
from officeplanner.wording import translate

_tags = itertools.count(1)

#: One step of a removal: (table, WHERE clause, parameters), children before parents.
Step = tuple[str, str, tuple[object, ...]]


class EditError(ValueError):
    """An edit was refused (empty or duplicate name, unknown timezone...); nothing changed.

    The message is written for the user: a :class:`~officeplanner.wording.Wording`, so the
    GUI shows it in the user's language (``in_user_language(wording_of(exc))``).
    """


@dataclass
class Removal:
    """Rows taken out of the file by one delete, kept in TEMP tables until restored."""

    tag: str
    #: (table, temp table, rows) in the order they were deleted: children first.
    stashed: list[tuple[str, str, int]] = field(default_factory=list)
    #: (table, column, row id, old value) of references that were set to NULL.
    nullified: list[tuple[str, str, int, object]] = field(default_factory=list)
    restored: bool = False

    def count(self, table: str) -> int:
        return sum(n for t, _, n in self.stashed if t == table)

    @property
    def counts(self) -> dict[str, int]:
        return {t: n for t, _, n in self.stashed}


#: Tables that have an integer ``id`` primary key (the others use composite keys).
_HAS_ID: Final = frozenset(
    {"sites", "floors", "zones", "desks", "teams", "people", "bookings", "attendance"}
    | {"closures", "policies", "plans", "imports"}
)


def count_rows(doc: OfficeFile, steps: list[Step]) -> dict[str, int]:
    """How many rows each step of a planned removal would take (for the confirmation)."""
    counts: dict[str, int] = {}
    for table, where, params in steps:
        n = int(doc.scalar(f"SELECT count(*) FROM {table} WHERE {where}", params))
        counts[table] = counts.get(table, 0) + n
    return counts


def remove(
    conn: sqlite3.Connection,
    steps: list[Step],
    nullify: Sequence[tuple[str, str, str, tuple[object, ...]]] = (),
) -> Removal:
    """Within the caller's transaction: NULL the ``nullify`` references, then stash and
    delete the rows of each step, children first.

    ``nullify`` items are (table, column, WHERE clause, parameters).
    """
    removal = Removal(tag=f"undo_{next(_tags)}")
    for table, column, where, params in nullify:
        for row_id, old in conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {where}", params
        ).fetchall():
            removal.nullified.append((table, column, int(row_id), old))
        conn.execute(f"UPDATE {table} SET {column} = NULL WHERE {where}", params)
    for i, (table, where, params) in enumerate(steps):
        temp = f"{removal.tag}_{i}_{table}"
        conn.execute(f'CREATE TEMP TABLE "{temp}" AS SELECT * FROM {table} WHERE {where}', params)
        n = int(conn.execute(f'SELECT count(*) FROM temp."{temp}"').fetchone()[0])
        if table in _HAS_ID:
            conn.execute(f'DELETE FROM {table} WHERE id IN (SELECT id FROM temp."{temp}")')
        else:
            conn.execute(f"DELETE FROM {table} WHERE {where}", params)
        removal.stashed.append((table, temp, n))
    return removal


def restore(doc: OfficeFile, removal: Removal) -> None:
    """Put back every row of ``removal`` with its old id (one transaction), then drop
    the TEMP copies. Raises EditError when already restored."""
    if removal.restored:
        raise EditError(translate("EditMessage", "these rows were restored already"))
    with doc.write() as conn:
        for table, temp, _ in reversed(removal.stashed):
            conn.execute(f'INSERT INTO main.{table} SELECT * FROM temp."{temp}"')
            conn.execute(f'DROP TABLE temp."{temp}"')
        for table, column, row_id, old in removal.nullified:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (old, row_id))
    removal.restored = True


def discard(doc: OfficeFile, removal: Removal) -> None:
    """Forget the stashed rows of a removal that will never be undone."""
    if removal.restored:
        return
    for _, temp, _ in removal.stashed:
        try:
            doc.conn.execute(f'DROP TABLE IF EXISTS temp."{temp}"')
        except sqlite3.Error:  # closed connection: the temp store is gone anyway
            return
    removal.restored = True


def insert_row(conn: sqlite3.Connection, table: str, values: dict[str, object]) -> int:
    """INSERT one row (with an explicit ``id`` when redoing an add) and return its id."""
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))
    assert cur.lastrowid is not None
    return cur.lastrowid


#: The longest name a site, floor, zone, desk, person or team may have: room for any
#: real name, while a pasted paragraph is refused rather than stretching every list.
MAX_NAME_LENGTH: Final = 200


def clean_name(name: str, what: str) -> str:
    """``name`` with outer and repeated spaces dropped, and invisible characters (zero-width
    spaces, control characters) removed, so two names that look the same are the same;
    refused when empty or longer than :data:`MAX_NAME_LENGTH`."""
    visible = "".join(c for c in name if unicodedata.category(c) not in ("Cf", "Cc") or c in "\t\n")
    cleaned = " ".join(visible.split())
    if len(cleaned) > MAX_NAME_LENGTH:
        raise EditError(
            translate(
                "EditMessage", "A name can be at most {most} characters; this one has {length}."
            ).fill(most=MAX_NAME_LENGTH, length=len(cleaned))
        )
    if not cleaned:
        needs = {
            "site": translate("EditMessage", "A site needs a name."),
            "floor": translate("EditMessage", "A floor needs a name."),
            "zone": translate("EditMessage", "A zone needs a name."),
            "desk": translate("EditMessage", "A desk needs a name."),
            "person": translate("EditMessage", "A person needs a name."),
            "team": translate("EditMessage", "A team needs a name."),
        }.get(what)
        raise EditError(needs if needs is not None else f"A {what} needs a name.")
    return cleaned
