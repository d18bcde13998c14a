"""Where in an instance's JSON text an error lies: the line and column of a ProblemError path.

The validator (``problem.problem_from_json``) works on parsed data and names what is
wrong by a path written for people — ``teams[3] ("Finance").size``,
``sites.St. Olav.capacity`` — so that a message reads well in a terminal. A person
fixing a 5,000-line file in an editor also needs the line and column. Two steps, both
ours because no library does either:

- the readable path is turned back into keys and indices with the data at hand. A site
  may be called "St. Olav" or "Oslo.capacity", so a path can read two ways; then no
  place is given rather than a wrong one;
- the text is walked along those keys with the standard library's own JSON scanner, so
  that keys written with escapes (``"Bod\\u00f8"``) match, and of a key given twice the
  last counts, as for ``json.loads``.
"""

from __future__ import annotations

import json
import re
from typing import Any

_INDEX = re.compile(r"\[(\d+)\]")
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()

Step = str | int


def locate(text: str, data: Any, path: str, *, at_key: bool = False) -> tuple[int, int] | None:
    """(line, column), both from 1, where the value at ``path`` starts in ``text``, the
    JSON ``data`` was parsed from (with ``at_key``, where the key naming it starts: for
    an unknown key); for a path naming something missing, where its nearest enclosing
    value starts. None when the path can be read two ways."""
    readings = _readings(data, path)
    if not readings:
        return None
    complete = [steps for steps, rest in readings if not rest]
    if complete:
        candidates = complete
    else:  # something missing: the deepest value that is there
        deepest = max(len(steps) for steps, _ in readings)
        candidates = [steps for steps, _ in readings if len(steps) == deepest]
    if len(set(candidates)) != 1:
        return None
    try:
        offset = value_offset(text, candidates[0], key=at_key and bool(complete))
    except (ValueError, IndexError, RecursionError):
        return None
    if offset is None:
        return None
    return line_and_column(text, offset)


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """As ``json.JSONDecodeError`` counts them: lines by "\\n", columns in characters."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def value_offset(text: str, steps: tuple[Step, ...], *, key: bool = False) -> int | None:
    """Where the value reached by ``steps`` starts in ``text`` (None: not there); with
    ``key``, where the key of the last step starts (when that step is a key)."""
    pos = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    for i, step in enumerate(steps):
        found = _member(text, pos, step)
        if found is None:
            return None
        key_at, pos = found
        if key and i == len(steps) - 1 and key_at is not None:
            return key_at
    return pos


def _member(text: str, pos: int, step: Step) -> tuple[int | None, int] | None:
    """Where the member ``step`` of the object or array starting at ``pos`` starts: its
    key (None in an array) and its value."""
    opening = text[pos]
    if (opening == "{") != isinstance(step, str) or opening not in "{[":
        return None
    closing = "}" if opening == "{" else "]"
    pos = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
    found = None
    index = 0
    while text[pos] != closing:
        if opening == "{":
            key_at = pos
            key, pos = _DECODER.raw_decode(text, pos)  # a string, escapes decoded
            pos = _SPACE.match(text, pos).end() + 1  # type: ignore[union-attr]  # past ":"
            pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
            if key == step:
                found = (key_at, pos)  # a later duplicate wins, as in json.loads
        elif index == step:
            return None, pos
        _, pos = _DECODER.raw_decode(text, pos)
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
        index += 1
    return found


def _readings(data: Any, path: str) -> list[tuple[tuple[Step, ...], str]]:
    """Every way ``path`` walks through ``data``: the steps, and what of the path is
    left where a step does not exist (empty when the whole path was read)."""
    out: list[tuple[tuple[Step, ...], str]] = []

    def walk(node: Any, rest: str, steps: tuple[Step, ...]) -> None:
        if not rest:
            out.append((steps, rest))
            return
        moved = False
        if isinstance(node, list):
            m = _INDEX.match(rest)
            if m is not None and int(m[1]) < len(node):
                item, after = node[int(m[1])], rest[m.end() :]
                name = item.get("name") if isinstance(item, dict) else None
                label = f' ("{name}")'
                if isinstance(name, str) and after.startswith(label):
                    after = after[len(label) :]  # teams[3] ("Finance")
                walk(item, after, (*steps, int(m[1])))
                moved = True
        elif isinstance(node, dict) and (not steps or rest.startswith(".")):
            body = rest[1:] if steps else rest
            for key in node:
                if body.startswith(key) and body[len(key) : len(key) + 1] in ("", ".", "["):
                    walk(node[key], body[len(key) :], (*steps, key))
                    moved = True
        if not moved:
            out.append((steps, rest))

    walk(data, path, ())
    return out
