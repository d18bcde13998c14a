"""Where in an instance's JSON text an error lies: the line and column of a ProblemError path.

The validator (``problem.problem_from_json``) works on parsed data and names what is
wrong by a path written for people — ``teams[3] ("Finance").size``,
``sites.St. Olav.capacity`` — so that a message reads well in a terminal. A person
fixing a 5,000-line file in an editor also needs the line and column. The source map
of the text (``json_source_map``: JSON pointer → position) gives those; what is ours
is turning the human path back into a pointer, which is only unambiguous with the data
at hand: a site may be called "St. Olav", a team 'A ("x")'.
"""

from __future__ import annotations

import json
import re
from typing import Any

from json_source_map import calculate

_INDEX = re.compile(r"\[(\d+)\]")


def locate(text: str, data: Any, path: str) -> tuple[int, int] | None:
    """(line, column), both from 1, where the value at ``path`` starts in ``text``, the
    JSON ``data`` was parsed from; for a path naming something missing, where its
    nearest enclosing value starts. None when the text cannot be mapped."""
    steps, node = _steps(data, path)
    try:
        entry = calculate(text).get("".join(f"/{s}" for s in steps))
    except (ValueError, RecursionError):  # InvalidInputError is a ValueError
        return None
    if entry is None:
        return None
    start = entry.value_start
    # The source map's pointers do not escape "/" in keys, so check that the value found
    # there is the one meant (two keys "a/b" and "a" → "b" would share a pointer).
    try:
        found, _ = json.JSONDecoder().raw_decode(text, start.position)
    except ValueError:
        return None
    return (start.line + 1, start.column + 1) if found == node else None


def _steps(data: Any, path: str) -> tuple[list[str], Any]:
    """The keys and indices ``path`` walks through ``data``, as far as they exist, and
    the value reached."""
    steps: list[str] = []
    node, rest = data, path
    while rest:
        if isinstance(node, list):
            m = _INDEX.match(rest)
            if m is None or int(m[1]) >= len(node):
                break
            node, rest = node[int(m[1])], rest[m.end() :]
            steps.append(m[1])
            name = node.get("name") if isinstance(node, dict) else None
            label = f' ("{name}")'
            if isinstance(name, str) and rest.startswith(label):
                rest = rest[len(label) :]  # teams[3] ("Finance")
        elif isinstance(node, dict):
            body = rest[1:] if steps and rest.startswith(".") else rest
            if steps and not rest.startswith("."):
                break
            key = _key_at(node, body)
            if key is None:
                break
            node, rest = node[key], body[len(key) :]
            steps.append(key)
        else:
            break
    return steps, node


def _key_at(node: dict[str, Any], body: str) -> str | None:
    """The longest key of ``node`` that ``body`` starts with as a whole step (followed by
    the end, "." or "["): "St. Olav.capacity" is the site "St. Olav", not "St"."""
    for key in sorted(node, key=len, reverse=True):
        if key and body.startswith(key) and body[len(key) : len(key) + 1] in ("", ".", "["):
            return str(key)
    return None
