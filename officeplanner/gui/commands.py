"""One QUndoCommand per domain operation, each calling one core edit (one transaction).

Like orange-canvas-core's ``document/commands.py``: a command knows how to do and undo
one thing the user did, and holds what undo needs (old names, old zones, deleted rows).
The commands never run SQL; :mod:`officeplanner.edits` does, so the rules are the same
with or without a GUI.

Why :func:`push` instead of ``undo_stack.push``: ``QUndoStack.push`` calls ``redo()``
and keeps the command whatever happens, and a Python exception raised inside a virtual
method called from C++ cannot reach the caller. A refused edit (duplicate name, unknown
timezone) must show its message and leave no entry on the stack, so :func:`push`
applies the command first, raising :class:`~officeplanner.edits.EditError` to the
caller, and only then puts it on the stack with its first ``redo()`` skipped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from officeplanner.edits import EditError, Removal, restore
from officeplanner.edits import office as office_edits
from officeplanner.edits import people as people_edits
from officeplanner.edits.office import Level, SiteCalendarSettings
from officeplanner.edits.people import Person
from officeplanner.edits.removal import discard
from officeplanner.gui import prompts
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.store import OfficeFile, OfficeFileError
from officeplanner.store.entities import DeskFeatures
from officeplanner.wording import wording_of

#: The undo texts (Edit ▸ Undo "Undo Add desk …", the history list) are in the user's
#: language; their context is "EditCommand".
translate = QCoreApplication.translate


class EditCommand(QUndoCommand):
    """Base class: ``apply``/``revert`` do the work; the tables they touch are announced."""

    #: Tables whose rows this command changes; pages showing them refresh.
    tables: tuple[str, ...] = ()

    def __init__(self, context: DocumentContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._skip_next_redo = False

    @property
    def doc(self) -> OfficeFile:
        doc = self.context.doc
        if doc is None:  # the stack is cleared when the file closes, so this is a bug
            raise RuntimeError("no office file is open")
        return doc

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.apply, "redo")

    def undo(self) -> None:
        self._run(self.revert, "undo")

    def _run(self, step: Callable[[], None], verb: str) -> None:
        """Run ``apply``/``revert``; when the file refuses (another writer holds it, a name
        was taken meanwhile) nothing changed, so the command leaves the stack (obsolete)
        and the stack keeps matching the file. The user is told why."""
        try:
            with busy_cursor():
                step()
        except (EditError, OfficeFileError) as exc:
            self.setObsolete(True)
            self._tell_refused(verb, exc)
            return
        except Exception:
            # A bug or a failing disk: the step's transaction was rolled back, so the
            # step leaves the history too (else it would offer to redo what is still
            # in the file); the error hook shows the details and logs them.
            self.setObsolete(True)
            raise
        self._announce()

    def _tell_refused(self, verb: str, exc: Exception) -> None:
        if verb == "undo":
            title = translate("EditCommand", "Could not undo")
            text = translate(
                "EditCommand",
                "“{step}” could not be undone: {error}\n\nThe file is unchanged; "
                "this step is no longer in the undo history.",
            )
        else:
            title = translate("EditCommand", "Could not redo")
            text = translate(
                "EditCommand",
                "“{step}” could not be redone: {error}\n\nThe file is unchanged; "
                "this step is no longer in the undo history.",
            )
        prompts.error(
            None, title, text.format(step=self.text(), error=in_user_language(wording_of(exc)))
        )

    def _announce(self) -> None:
        for table in self.tables:
            self.context.notify(table)


class CompositeCommand(EditCommand):
    """Several edits as one undo step, in one transaction: all or none.

    Why not ``QUndoStack.beginMacro``: a macro keeps the steps done before one that is
    refused, and an empty macro when the first is refused (an undo step that does
    nothing); every step in it announces its tables, so changing 200 selected bookings
    reloaded the bookings table 200 times; and each step was its own transaction. Here
    the steps run inside one ``doc.write()`` (theirs become savepoints of it), so a
    refused one takes the others back with it, the file is synced once, and the tables
    are announced once, when all are done.
    """

    def __init__(self, context: DocumentContext, text: str, steps: Sequence[EditCommand]) -> None:
        super().__init__(context, text)
        self.steps = list(steps)
        self.tables = tuple(dict.fromkeys(t for step in self.steps for t in step.tables))

    def apply(self) -> None:
        with self.doc.write():
            for step in self.steps:
                step.apply()

    def revert(self) -> None:
        with self.doc.write():
            for step in reversed(self.steps):
                step.revert()


def as_one_step(
    context: DocumentContext, text: str, steps: Sequence[EditCommand]
) -> EditCommand | None:
    """The single step itself, several as a :class:`CompositeCommand`, none as None."""
    if not steps:
        return None
    if len(steps) == 1:
        return steps[0]
    return CompositeCommand(context, text, steps)


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while an edit runs: most take milliseconds, but deleting a site takes
    its bookings with it (seconds for hundreds of thousands), in one transaction."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def push(context: DocumentContext, command: EditCommand) -> EditCommand:
    """Apply ``command`` (raising EditError/OfficeFileError if refused), then stack it."""
    with busy_cursor():
        command.apply()
    command._skip_next_redo = True
    context.undo_stack.push(command)
    command._announce()
    return command


# -- office structure --------------------------------------------------------------------------


_OFFICE_TABLES = ("sites", "floors", "zones", "desks")


class _LevelTexts:
    """One whole undo text per level (a sentence is never built from a translated
    "floor" or "desk"), looked up in the user's language when a command is made."""

    def __init__(self, texts: dict[Level, str]) -> None:
        self._texts = texts

    def __getitem__(self, level: Level) -> str:
        return translate("EditCommand", self._texts[level])


_ADD = _LevelTexts(
    {
        Level.SITE: str(QT_TRANSLATE_NOOP("EditCommand", "Add site “{name}”")),
        Level.FLOOR: str(QT_TRANSLATE_NOOP("EditCommand", "Add floor “{name}”")),
        Level.ZONE: str(QT_TRANSLATE_NOOP("EditCommand", "Add zone “{name}”")),
        Level.DESK: str(QT_TRANSLATE_NOOP("EditCommand", "Add desk “{name}”")),
    }
)
_RENAME = _LevelTexts(
    {
        Level.SITE: str(QT_TRANSLATE_NOOP("EditCommand", "Rename site to “{name}”")),
        Level.FLOOR: str(QT_TRANSLATE_NOOP("EditCommand", "Rename floor to “{name}”")),
        Level.ZONE: str(QT_TRANSLATE_NOOP("EditCommand", "Rename zone to “{name}”")),
        Level.DESK: str(QT_TRANSLATE_NOOP("EditCommand", "Rename desk to “{name}”")),
    }
)
_DELETE = _LevelTexts(
    {
        Level.SITE: str(QT_TRANSLATE_NOOP("EditCommand", "Delete site “{name}”")),
        Level.FLOOR: str(QT_TRANSLATE_NOOP("EditCommand", "Delete floor “{name}”")),
        Level.ZONE: str(QT_TRANSLATE_NOOP("EditCommand", "Delete zone “{name}”")),
        Level.DESK: str(QT_TRANSLATE_NOOP("EditCommand", "Delete desk “{name}”")),
    }
)


class AddSiteCommand(EditCommand):
    tables = ("sites",)

    def __init__(
        self, context: DocumentContext, name: str, calendar: SiteCalendarSettings | None = None
    ) -> None:
        super().__init__(context, translate("EditCommand", "Add site “{name}”").format(name=name))
        self.name = name
        self.calendar = calendar
        self.site_id: int | None = None

    def apply(self) -> None:
        self.site_id = office_edits.add_site(
            self.doc, self.name, self.calendar, site_id=self.site_id
        )

    def revert(self) -> None:
        assert self.site_id is not None
        discard(self.doc, office_edits.delete(self.doc, Level.SITE, self.site_id))


class AddChildCommand(EditCommand):
    """Add a floor, zone or desk under its parent."""

    def __init__(
        self,
        context: DocumentContext,
        level: Level,
        parent_id: int,
        name: str,
        features: DeskFeatures | None = None,
    ) -> None:
        super().__init__(context, _ADD[level].format(name=name))
        self.tables = (level.value,)
        self.level = level
        self.parent_id = parent_id
        self.name = name
        self.features = features
        self.row_id: int | None = None

    def apply(self) -> None:
        self.row_id = office_edits.add_child(
            self.doc,
            self.level,
            self.parent_id,
            self.name,
            features=self.features,
            row_id=self.row_id,
        )

    def revert(self) -> None:
        assert self.row_id is not None
        discard(self.doc, office_edits.delete(self.doc, self.level, self.row_id))


class RenameCommand(EditCommand):
    def __init__(self, context: DocumentContext, level: Level, row_id: int, name: str) -> None:
        super().__init__(context, _RENAME[level].format(name=name))
        self.tables = (level.value,)
        self.level = level
        self.row_id = row_id
        self.new_name = name
        self.old_name: str | None = None

    def apply(self) -> None:
        self.old_name = office_edits.rename(self.doc, self.level, self.row_id, self.new_name)

    def revert(self) -> None:
        assert self.old_name is not None
        office_edits.rename(self.doc, self.level, self.row_id, self.old_name)


class MoveDesksCommand(EditCommand):
    tables = ("desks",)

    def __init__(
        self, context: DocumentContext, desk_ids: list[int], zone_id: int, zone_name: str
    ) -> None:
        n = len(desk_ids)
        text = (
            translate("EditCommand", "Move desk to zone “{zone}”")
            if n == 1
            else translate("EditCommand", "Move %Ln desks to zone “{zone}”", "", n)
        )
        super().__init__(context, text.format(zone=zone_name))
        self.desk_ids = list(desk_ids)
        self.zone_id = zone_id
        self.old_zones: dict[int, int] = {}

    def apply(self) -> None:
        self.old_zones = office_edits.move_desks(self.doc, self.desk_ids, self.zone_id)

    def revert(self) -> None:
        office_edits.restore_desk_zones(self.doc, self.old_zones)


class SetDeskFeaturesCommand(EditCommand):
    tables = ("desks",)

    def __init__(self, context: DocumentContext, desk_id: int, features: DeskFeatures) -> None:
        super().__init__(context, translate("EditCommand", "Change desk features"))
        self.desk_id = desk_id
        self.features = features
        self.old: DeskFeatures | None = None

    def apply(self) -> None:
        self.old = office_edits.set_desk_features(self.doc, self.desk_id, self.features)

    def revert(self) -> None:
        assert self.old is not None
        office_edits.set_desk_features(self.doc, self.desk_id, self.old)


class SetSiteCalendarCommand(EditCommand):
    tables = ("sites",)

    def __init__(
        self, context: DocumentContext, site_id: int, calendar: SiteCalendarSettings
    ) -> None:
        super().__init__(context, translate("EditCommand", "Change site calendar"))
        self.site_id = site_id
        self.calendar = calendar
        self.old: SiteCalendarSettings | None = None

    def apply(self) -> None:
        self.old = office_edits.set_site_calendar(self.doc, self.site_id, self.calendar)

    def revert(self) -> None:
        assert self.old is not None
        office_edits.set_site_calendar(self.doc, self.site_id, self.old)


class DeleteCommand(EditCommand):
    """Delete a site, floor, zone or desk with everything under it (bookings included)."""

    def __init__(self, context: DocumentContext, level: Level, row_id: int, name: str) -> None:
        super().__init__(context, _DELETE[level].format(name=name))
        index = list(Level).index(level)
        self.tables = (*_OFFICE_TABLES[index:], "bookings", "closures", "attendance", "teams")
        self.level = level
        self.row_id = row_id
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = office_edits.delete(self.doc, self.level, self.row_id)

    def revert(self) -> None:
        assert self.removal is not None
        restore(self.doc, self.removal)
        self.removal = None


class AddClosureCommand(EditCommand):
    tables = ("closures",)

    def __init__(self, context: DocumentContext, site_id: int, day: date, reason: str) -> None:
        super().__init__(
            context, translate("EditCommand", "Close site on {date}").format(date=day.isoformat())
        )
        self.site_id = site_id
        self.day = day
        self.reason = reason
        self.closure_id: int | None = None

    def apply(self) -> None:
        self.closure_id = office_edits.add_closure(
            self.doc, self.site_id, self.day, self.reason, closure_id=self.closure_id
        )

    def revert(self) -> None:
        assert self.closure_id is not None
        discard(self.doc, office_edits.remove_closure(self.doc, self.closure_id))


class RemoveClosureCommand(EditCommand):
    tables = ("closures",)

    def __init__(self, context: DocumentContext, closure_id: int, day: str) -> None:
        super().__init__(
            context, translate("EditCommand", "Reopen site on {date}").format(date=day)
        )
        self.closure_id = closure_id
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = office_edits.remove_closure(self.doc, self.closure_id)

    def revert(self) -> None:
        assert self.removal is not None
        restore(self.doc, self.removal)
        self.removal = None


# -- people and teams --------------------------------------------------------------------------


class AddPersonCommand(EditCommand):
    tables = ("people",)

    def __init__(self, context: DocumentContext, person: Person) -> None:
        super().__init__(
            context,
            translate("EditCommand", "Add person “{name}”").format(name=person.name.strip()),
        )
        self.person = person

    def apply(self) -> None:
        new_id = people_edits.add_person(self.doc, self.person)
        self.person = Person(new_id, self.person.name, self.person.team_id, self.person.email)

    def revert(self) -> None:
        assert self.person.id is not None
        discard(self.doc, people_edits.delete_people(self.doc, [self.person.id]))


class EditPersonCommand(EditCommand):
    tables = ("people",)

    def __init__(self, context: DocumentContext, person: Person) -> None:
        super().__init__(
            context,
            translate("EditCommand", "Edit person “{name}”").format(name=person.name.strip()),
        )
        self.person = person
        self.old: Person | None = None

    def apply(self) -> None:
        self.old = people_edits.update_person(self.doc, self.person)

    def revert(self) -> None:
        assert self.old is not None
        people_edits.update_person(self.doc, self.old)


class MovePeopleCommand(EditCommand):
    tables = ("people",)

    def __init__(
        self, context: DocumentContext, person_ids: list[int], team_id: int | None, team: str
    ) -> None:
        n = len(person_ids)
        text = (
            translate("EditCommand", "Move 1 person to “{team}”")
            if n == 1
            else translate("EditCommand", "Move %Ln people to “{team}”", "", n)
        )
        super().__init__(context, text.format(team=team))
        self.person_ids = list(person_ids)
        self.team_id = team_id
        self.old: dict[int, int | None] = {}

    def apply(self) -> None:
        self.old = people_edits.move_people(self.doc, self.person_ids, self.team_id)

    def revert(self) -> None:
        people_edits.restore_teams(self.doc, self.old)


class DeletePeopleCommand(EditCommand):
    tables = ("people", "bookings", "attendance")

    def __init__(self, context: DocumentContext, person_ids: list[int], text: str) -> None:
        super().__init__(context, text)
        self.person_ids = list(person_ids)
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = people_edits.delete_people(self.doc, self.person_ids)

    def revert(self) -> None:
        assert self.removal is not None
        restore(self.doc, self.removal)
        self.removal = None


class AddTeamCommand(EditCommand):
    tables = ("teams",)

    def __init__(self, context: DocumentContext, name: str) -> None:
        super().__init__(
            context, translate("EditCommand", "Add team “{name}”").format(name=name.strip())
        )
        self.name = name
        self.team_id: int | None = None

    def apply(self) -> None:
        self.team_id = people_edits.add_team(self.doc, self.name, team_id=self.team_id)

    def revert(self) -> None:
        assert self.team_id is not None
        discard(self.doc, people_edits.delete_team(self.doc, self.team_id))


class RenameTeamCommand(EditCommand):
    tables = ("teams", "people")

    def __init__(self, context: DocumentContext, team_id: int, name: str) -> None:
        super().__init__(
            context,
            translate("EditCommand", "Rename team to “{name}”").format(name=name.strip()),
        )
        self.team_id = team_id
        self.name = name
        self.old: str | None = None

    def apply(self) -> None:
        self.old = people_edits.rename_team(self.doc, self.team_id, self.name)

    def revert(self) -> None:
        assert self.old is not None
        people_edits.rename_team(self.doc, self.team_id, self.old)


class DeleteTeamCommand(EditCommand):
    tables = ("teams", "people")

    def __init__(self, context: DocumentContext, team_id: int, name: str) -> None:
        super().__init__(
            context, translate("EditCommand", "Delete team “{name}”").format(name=name)
        )
        self.team_id = team_id
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = people_edits.delete_team(self.doc, self.team_id)

    def revert(self) -> None:
        assert self.removal is not None
        restore(self.doc, self.removal)
        self.removal = None
