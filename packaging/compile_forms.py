#!/usr/bin/env python3
"""Compile every Qt Designer form ``ui/NAME.ui`` into ``officeplanner/gui/forms/ui_NAME.py``.

The generated modules are committed (so the app runs from a clone without build tools)
and never edited by hand; ``tests/gui/test_forms.py`` fails when one is out of step with
its ``.ui``. Run after changing a form::

    .venv/bin/python packaging/compile_forms.py           # compile
    .venv/bin/python packaging/compile_forms.py --check   # exit 1 if anything is stale

``--output DIR`` compiles into another folder (the test uses a temporary one).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "officeplanner" / "gui" / "forms"

#: The one generated line that depends on the uic version rather than the form.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def find_uic() -> str:
    """pyside6-uic from the running Python's environment first, then from PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def target_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, output: Path, uic: str) -> None:
    # --no-autoconnection: slots are connected explicitly in Python, never by name magic.
    subprocess.run(
        [uic, "--no-autoconnection", "--generator", "python", str(ui_file), "-o", str(output)],
        check=True,
    )
    output.write_text(without_unused_imports(output.read_text(encoding="utf-8")), encoding="utf-8")


def without_unused_imports(source: str) -> str:
    """The generated module importing only the PySide6 names it uses.

    Why: uic imports the same ~40 classes into every form whether it uses them or not,
    and PySide6 builds a class (with all its Python enums) the first time its name is
    imported. Unused ones, such as QPainter or the gradients, cost the first window
    several milliseconds for nothing.
    """
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    imports = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")
    ]
    for node in reversed(imports):  # from the bottom, so earlier line numbers hold
        names = sorted(alias.name for alias in node.names if alias.name in used)
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        lines[start:end] = [f"from {node.module} import {', '.join(names)}\n"] if names else []
    return "".join(lines)


def normalised(text: str) -> str:
    """The generated code without the uic version line, for comparing two compilations."""
    return _VERSION_LINE.sub("", text.replace("\r\n", "\n"))


def compile_all(output_dir: Path = FORMS_DIR) -> list[Path]:
    uic = find_uic()
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = output_dir / target_name(ui_file)
        compile_form(ui_file, target, uic)
        written.append(target)
    return written


def stale_forms(output_dir: Path) -> list[str]:
    """Forms whose committed module differs from a fresh compilation in ``output_dir``."""
    problems = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        committed = FORMS_DIR / target_name(ui_file)
        fresh = output_dir / target_name(ui_file)
        if not committed.exists():
            problems.append(f"{committed.relative_to(ROOT)} is missing")
        elif normalised(committed.read_text(encoding="utf-8")) != normalised(
            fresh.read_text(encoding="utf-8")
        ):
            problems.append(f"{committed.relative_to(ROOT)} is out of step with {ui_file.name}")
    expected = {target_name(u) for u in UI_DIR.glob("*.ui")}
    for module in sorted(FORMS_DIR.glob("ui_*.py")):
        if module.name not in expected:
            problems.append(f"{module.relative_to(ROOT)} has no ui/ form any more")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=FORMS_DIR, help="where to write")
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            compile_all(Path(tmp))
            problems = stale_forms(Path(tmp))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in compile_all(args.output):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
