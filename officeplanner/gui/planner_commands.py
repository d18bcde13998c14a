"""Undo commands of the Planner page: a policy edit and saving a plan, each core writes.

A policy edit or a saved plan is a user edit like any other (DESIGN.md: its own
transaction, on the undo stack); the writes are :mod:`officeplanner.planner.store`'s,
the same the tests of the core use.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from officeplanner.edits import EditError
from officeplanner.gui.commands import EditCommand
from officeplanner.gui.context import DocumentContext
from officeplanner.planner.problem import Problem
from officeplanner.planner.result import Solution
from officeplanner.planner.store import (
    PlanRecord,
    Policy,
    delete_plan,
    plan_record,
    restore_plan,
    save_plan,
    stored_policy,
    write_policy,
)

#: Undo texts and errors are translated in context "PlannerCommand" (literal calls, so
#: lupdate sees them).
translate = QCoreApplication.translate

#: The table announced after a policy edit (pages showing policies refresh).
POLICIES: str = "policies"
#: Table announced when a plan is saved or its save undone (compare and export lists).
PLANS: str = "plans"


class SetPolicyCommand(EditCommand):
    """Replace the organisation's policy (``team`` None) or one team's override."""

    tables = (POLICIES,)

    def __init__(
        self,
        context: DocumentContext,
        team: str | None,
        new: Policy,
        text: str | None = None,
    ) -> None:
        if text is None:
            # Whole sentences per case: a translated sentence is never built from pieces.
            text = (
                translate("PlannerCommand", "Change organisation policy")
                if team is None
                else translate("PlannerCommand", "Change policy of {team}").format(team=team)
            )
        super().__init__(context, text)
        self.team = team
        self.new = new
        #: The row as it was stored (None: there was none), read at the first apply, so
        #: undo puts the file back exactly rather than writing the defaults into it.
        self.before: Policy | None = None
        self._read_before = False

    def _write(self, policy: Policy | None) -> None:
        try:
            write_policy(self.doc, policy, self.team)
        except ValueError as exc:  # a team renamed or deleted meanwhile
            raise EditError(str(exc)) from exc

    def apply(self) -> None:
        if not self._read_before:
            try:
                self.before = stored_policy(self.doc.conn, self.team)
            except ValueError as exc:
                raise EditError(str(exc)) from exc
            self._read_before = True
        self._write(self.new)

    def revert(self) -> None:
        self._write(self.before)


class SavePlanCommand(EditCommand):
    """Save the shown plan under a name; undo deletes it, or puts back the plan the save
    replaced (same id, same calendar-export record, so UIDs and SEQUENCE stay right).

    Redo restores the rows undo took away rather than saving again, so a calendar export
    made in between keeps counting from where it was.
    """

    tables = (PLANS,)

    def __init__(
        self,
        context: DocumentContext,
        name: str,
        problem: Problem,
        solution: Solution,
        valid_from: date | None,
        valid_to: date | None,
    ) -> None:
        super().__init__(
            context, translate("PlannerCommand", "Save plan “{name}”").format(name=name)
        )
        self.name = name
        self.problem = problem
        self.solution = solution
        self.valid_from = valid_from
        self.valid_to = valid_to
        self._saved = False
        #: The plan of that name before the save (None: the name was new).
        self.replaced: PlanRecord | None = None
        #: The saved plan as undo found it, for redo.
        self.undone: PlanRecord | None = None

    def apply(self) -> None:
        if self._saved:
            assert self.undone is not None
            restore_plan(self.doc, self.undone)
            return
        self.replaced = plan_record(self.doc.conn, self.name)
        try:
            save_plan(
                self.doc,
                self.name,
                self.problem,
                self.solution,
                valid_from=self.valid_from,
                valid_to=self.valid_to,
            )
        except ValueError as exc:  # no plan, a bad period, or teams renamed meanwhile
            raise EditError(str(exc)) from exc
        self._saved = True

    def revert(self) -> None:
        self.undone = plan_record(self.doc.conn, self.name)
        if self.undone is None:
            raise EditError(
                translate("PlannerCommand", "the plan “{name}” is no longer in the file").format(
                    name=self.name
                )
            )
        if self.replaced is None:
            delete_plan(self.doc, self.name)
        else:
            restore_plan(self.doc, self.replaced)
