"""User edits of an office file: the functions the GUI's undo commands (and scripts) call.

Each function is one ``doc.write()`` transaction and returns what is needed to undo it
(the old value, or a :class:`~officeplanner.edits.removal.Removal` holding deleted rows
with their ids). No Qt here: the same edits are testable, and usable, without a GUI.
"""

from officeplanner.edits.removal import EditError, Removal, restore

__all__ = ["EditError", "Removal", "restore"]
