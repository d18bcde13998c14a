"""Every user-visible string of the GUI is translated into Bokmål.

Three nets, all without Qt (so they run in the headless environment too):
- every message of every ``resources/i18n/*.ts`` has a finished translation that keeps
  its placeholders and markup;
- every GUI module and form belongs to exactly one string group, so lupdate sees it;
- no text is handed to a widget as a bare literal: the source is read as an AST and a
  string literal passed straight to a text setter or a widget constructor is a text
  lupdate cannot see. (tests/gui/test_i18n.py then checks the .ts files are up to date
  with every tr() in the sources, and looks at the running window in Norwegian.)
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "officeplanner" / "gui"
TS_DIR = ROOT / "resources" / "i18n"

#: Methods whose first argument is text a user reads.
TEXT_SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "showMessage",
        "setHeaderLabels",
        "setTabText",
        "addTab",
        "setButtonText",
        "setInformativeText",
        "setDetailedText",
    }
)
#: Widgets and actions whose first argument is their visible text.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QCommandLinkButton",
    }
)
_PLACEHOLDER = re.compile(
    r"\{[a-z_][a-z0-9_]*(?:[:!][^}]*)?\}|%L?n|%\d"
    r"|</?(?:a|b|i|p|br|em|strong|small|big|tt|code|span|ul|ol|li|h[1-6]|table|tr|td)\b"
)


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in ``ts_file``."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts_file.name}: {name}: a message has no translation"
            found.append((name, message.findtext("source", ""), translation))
    return found


def _translated_texts(translation: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_app_groups_and_qts_own_dialogs_have_translations() -> None:
    build = load_script("build_translations")
    names = {path.name for path in TS_DIR.glob("*_nb.ts")}
    expected = {f"{group}_nb.ts" for group in build.GROUPS} | {"qtbase_nb.ts"}
    assert names == expected


@pytest.mark.parametrize("ts_file", sorted(TS_DIR.glob("*.ts")), ids=lambda path: path.name)
def test_every_message_is_translated_keeping_its_placeholders(ts_file: Path) -> None:
    problems = []
    messages = _messages(ts_file)
    assert messages, f"{ts_file.name} holds no messages"
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        wanted = sorted(_PLACEHOLDER.findall(source))
        for text in _translated_texts(translation):
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(_PLACEHOLDER.findall(text)) != wanted and "%n" not in source:
                problems.append(f"{where}: {text!r} does not keep {wanted}")
    assert not problems, "\n".join(problems)


def test_every_gui_module_and_form_is_in_exactly_one_string_group() -> None:
    build = load_script("build_translations")
    owners: dict[str, list[str]] = {}
    for group in build.GROUPS:
        for path in build.group_sources(group):
            owners.setdefault(path.relative_to(ROOT).as_posix(), []).append(group)
    modules = [
        path.relative_to(ROOT).as_posix()
        for path in sorted(GUI.glob("*.py"))
        if path.name != "__init__.py"
    ]
    forms = [path.relative_to(ROOT).as_posix() for path in sorted((ROOT / "ui").glob("*.ui"))]
    missing = [name for name in modules + forms if name not in owners]
    twice = {name: groups for name, groups in owners.items() if len(groups) > 1}
    assert not missing, f"add to GROUPS in packaging/build_translations.py: {missing}"
    assert not twice, f"in more than one group: {twice}"


def _is_text(node: ast.expr) -> str | None:
    """The literal text of ``node`` if it is a string a reader would read (has letters)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return None
    plain = re.sub(r"<[^>]+>|&[a-z]+;", "", text)
    return text if re.search(r"[A-Za-z]{2,}", plain) else None


def _bare_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        if name not in TEXT_SETTERS and name not in TEXT_CONSTRUCTORS:
            continue
        candidates = [node.args[0]]
        if name in ("setHeaderLabels",) and isinstance(node.args[0], ast.List | ast.Tuple):
            candidates = list(node.args[0].elts)
        if name in ("setTabText", "addTab") and len(node.args) > 1:
            candidates = [node.args[1]]
        for candidate in candidates:
            text = _is_text(candidate)
            if text is not None:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({text!r})")
    return found


def test_no_text_reaches_a_widget_untranslated() -> None:
    modules = [path for path in sorted(GUI.glob("*.py")) if path.name != "__init__.py"]
    found = [hit for path in modules for hit in _bare_texts(path)]
    assert not found, "wrap in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)
