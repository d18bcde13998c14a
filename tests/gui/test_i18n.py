"""Norwegian for real: the .ts files are up to date with the sources, the running window
speaks Bokmål (Qt's own buttons and dialogs included), QLocale formats dates and
weekdays, and View ▸ Language saves the choice for the next start."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from officeplanner.gui import i18n, prompts, settings
from officeplanner.gui.main_window import PAGES, MainWindow
from tests.gui.shell_office import build_office, make_settings
from tests.packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _unfinished(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize("group", sorted(load_script("build_translations").GROUPS))
def test_the_ts_file_holds_every_string_of_its_sources(group: str, tmp_path: Path) -> None:
    """lupdate run afresh over the group's sources finds nothing new to translate."""
    build = load_script("build_translations")
    copy = tmp_path / build.ts_path(group).name
    shutil.copy(build.ts_path(group), copy)
    build.lupdate(build.group_sources(group), copy)
    missing = _unfinished(copy)
    assert not missing, (
        f"run packaging/build_translations.py --update {group} and translate:\n"
        + "\n".join(missing)
    )


def _english_sources() -> set[str]:
    """Every English source text whose Norwegian differs (so seeing it means a leak)."""
    found: set[str] = set()
    for ts_file in (ROOT / "resources" / "i18n").glob("*_nb.ts"):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.findtext("translation", "")
            if source and translation and source != translation:
                found.add(source)
    return found


def _visible_texts(widget: QWidget) -> dict[str, str]:
    """text -> where, for labels, buttons, group boxes, tabs and actions under ``widget``."""
    texts: dict[str, str] = {}
    for label in widget.findChildren(QLabel):
        texts[label.text()] = f"label {label.objectName()}"
    for button in widget.findChildren(QAbstractButton):
        texts[button.text()] = f"button {button.objectName()}"
        texts[button.toolTip()] = f"tooltip of {button.objectName()}"
    for box in widget.findChildren(QGroupBox):
        texts[box.title()] = f"group {box.objectName()}"
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            texts[tabs.tabText(index)] = f"tab of {tabs.objectName()}"
    for action in widget.findChildren(QAction):
        texts[action.text()] = f"action {action.objectName()}"
        texts[action.toolTip()] = f"tooltip of action {action.objectName()}"
    return texts


def test_the_main_window_and_every_page_speak_norwegian(
    norwegian: None, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "Kontor.officeplan"
    build_office(path).close()
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    english = _english_sources()
    leaks = []
    for spec in PAGES:
        if spec.key not in window.pages:
            continue
        window.show_page(spec.key)
        for text, where in _visible_texts(window).items():
            plain = text.replace("&", "")
            if text in english or plain in english:
                leaks.append(f"{spec.key}: {where}: {text!r}")
    window.context.set_document(None)
    assert not leaks, "English on a Norwegian screen:\n" + "\n".join(sorted(set(leaks)))
    menus = [window.menuBar().actions()[i].text() for i in range(len(window.menuBar().actions()))]
    assert "&Fil" in menus or "Fil" in [m.replace("&", "") for m in menus]


def test_qts_own_buttons_and_wizard_speak_norwegian(norwegian: None, qtbot: QtBot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = {
        which: box.button(which).text().replace("&", "")
        for which in (
            QDialogButtonBox.StandardButton.Ok,
            QDialogButtonBox.StandardButton.Cancel,
            QDialogButtonBox.StandardButton.Yes,
            QDialogButtonBox.StandardButton.No,
            QDialogButtonBox.StandardButton.Close,
        )
    }
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Avbryt"
    assert texts[QDialogButtonBox.StandardButton.Yes] == "Ja"
    assert texts[QDialogButtonBox.StandardButton.No] == "Nei"
    assert texts[QDialogButtonBox.StandardButton.Close] == "Lukk"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Neste")
    assert wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "").startswith(
        "< Tilbake"
    ) or "Tilbake" in wizard.buttonText(QWizard.WizardButton.BackButton)
    assert wizard.buttonText(QWizard.WizardButton.FinishButton).replace("&", "") == "Fullfør"


def test_a_message_box_from_prompts_is_norwegian(norwegian: None, qtbot: QtBot) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(button.text().replace("&", "") for button in box.buttons())
        box.reject()

    QTimer.singleShot(0, answer)
    assert not prompts.confirm(None, "Slette?", "Vil du slette pulten?", action="Slett")
    assert "Avbryt" in seen


def test_dates_numbers_and_weekdays_follow_the_language(norwegian: None) -> None:
    locale = QLocale()
    assert locale.language() == QLocale.Language.NorwegianBokmal
    assert locale.dayName(1, QLocale.FormatType.LongFormat) == "mandag"
    assert re.fullmatch(r"1\s234,5", locale.toString(1234.5, "f", 1))
    assert "mars" in locale.toString(QDate(2026, 3, 2), QLocale.FormatType.LongFormat)


def test_english_installs_nothing_and_the_env_variable_wins(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert i18n.install_translators(qapp, "en") == "en"
    assert qapp.translate("QDialogButtonBox", "Cancel") == "Cancel"
    monkeypatch.setenv(i18n.ENV_VAR, "nb")
    assert i18n.resolve_language("en") == "nb"
    assert i18n.resolve_language("en", env=False) == "en"
    monkeypatch.setenv(i18n.ENV_VAR, "klingon")
    assert i18n.resolve_language("nb") == "nb"


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    app_settings = make_settings(tmp_path)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu.choice_actions["system"].isChecked()
    menu.choice_actions["nb"].trigger()
    assert app_settings.get(settings.LANGUAGE) == "nb"
    assert len(told) == 1 and "Norsk bokmål" in told[0]
    assert i18n.active_language() == "en"  # applies at the next start, not now
    again = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(again)
    assert again.language_menu.choice_actions["nb"].isChecked()


def test_the_planners_explanation_is_worded_in_norwegian(norwegian: None) -> None:
    """The core gives the facts; the GUI words them, with the locale's numbers and days."""
    from officeplanner.gui.planner_words import team_explanation_lines
    from officeplanner.planner.exact import solve
    from officeplanner.planner.explain import plan_explanations
    from tests.core.test_planner_explain import three_team_problem

    problem = three_team_problem()
    facts = plan_explanations(problem, solve(problem).plan)
    small = team_explanation_lines(facts["Small"])
    assert small[0] == "Small (4 personer, Oslo) er på kontoret onsdag."
    assert small[1].startswith("Onsdag: preferanse 0,40, teamets valg nr. 2 av 3")
    assert "møter Pal (vekt 5)" in small[1]
    assert small[2].startswith("Ikke tirsdag") and "teamet trenger 3,4" in small[2]
    assert team_explanation_lines(facts["Pal"])[-1] == (
        "Ikke tillatt etter retningslinjene: mandag."
    )


def test_the_planners_findings_and_scope_errors_reach_the_user_in_norwegian(
    norwegian: None,
) -> None:
    """The core's own findings (notes) and refusals are worded for translation: the GUI
    shows them in Bokmål, with the locale's numbers, weekday names and lists."""
    from datetime import date

    from officeplanner.analytics.scope import Period, ScopeError
    from officeplanner.gui.core_text import in_user_language
    from officeplanner.gui.planner_words import infeasibility_lines
    from officeplanner.planner.explain import explain_infeasible
    from officeplanner.planner.problem import Problem, Site, Team
    from officeplanner.wording import wording_of

    days = ("Mon", "Tue", "Wed")
    problem = Problem(
        days,
        {"Oslo": Site("Oslo", {"Mon": 10.0, "Tue": 5.0, "Wed": 10.0})},
        (
            Team("A", "Oslo", 8, 1, dict.fromkeys(days, 1.0), fixed=("Mon",)),
            Team("B", "Oslo", 8, 1, dict.fromkeys(days, 1.0), fixed=("Mon",)),
            Team("Big", "Oslo", 10, 3, dict.fromkeys(days, 1.0)),
        ),
    )
    why = explain_infeasible(problem, time_limit=5)
    assert why.notes[0].startswith("Oslo on Mon: the teams with Mon fixed")  # English core
    lines = infeasibility_lines(why)
    assert lines[0] == (
        "Oslo, mandag: teamene som har mandag som fast dag, trenger alene 13,6 pulter "
        "(kapasitet 10,0): A og B."
    )
    assert lines[1] == (
        "Big trenger 8,5 pulter på hver av 3 dager, men får plass på Oslo bare på 2 av "
        "de tillatte dagene sine (mandag og onsdag)."
    )
    with pytest.raises(ScopeError) as caught:
        Period(date(2026, 3, 9), date(2026, 3, 2))
    assert str(caught.value) == "the period starts (2026-03-09) after it ends (2026-03-02)"
    assert in_user_language(wording_of(caught.value)) == (
        "perioden starter (2026-03-09) etter at den slutter (2026-03-02)"
    )


def test_fewer_days_not_found_in_time_reads_as_such_in_norwegian(norwegian: None) -> None:
    """When the search for fewer anchor days ran out of time, the window does not claim
    that fewer days cannot make it fit."""
    from officeplanner.gui.planner_words import infeasibility_lines
    from officeplanner.planner.explain import Infeasibility

    unproven = Infeasibility((), {}, {}, None, (), False, fewer_days_proven=False)
    proven = Infeasibility((), {}, {}, None, (), True)
    assert "Ingen plan med færre ankerdager ble funnet innenfor tidsgrensen." in (
        infeasibility_lines(unproven)
    )
    assert "Færre ankerdager alene kan ikke få det til å gå opp." in infeasibility_lines(proven)
    assert "Færre ankerdager alene kan ikke få det til å gå opp." not in (
        infeasibility_lines(unproven)
    )


def test_seating_by_zone_is_worded_in_norwegian(norwegian: None) -> None:
    """Where a team sits, a preferred day its zones had no room for, and why no seated plan
    fits: in Bokmål, with the locale's numbers and weekday names; zone names as in the
    file."""
    from officeplanner.gui.planner_words import infeasibility_lines, team_explanation_lines
    from officeplanner.planner.explain import SkippedDay, TeamExplanation, explain_infeasible
    from officeplanner.planner.problem import Problem, Site, Team, Zone

    facts = TeamExplanation(
        "Finance",
        14,
        "Oslo",
        ("Wed",),
        (),
        (SkippedDay("Tue", 0.72, "zone", 17.0, 18.0, 5.1),),
        (),
        seat=("North", "East"),
        seat_desks=18.0,
    )
    lines = team_explanation_lines(facts)
    assert lines[1] == "Sitter i North + East (18,0 pulter) på ankerdagene sine."
    assert lines[2] == (
        "Ikke tirsdag, selv om teamet foretrekker den (0,72): det er fullt i North + East "
        "den dagen (17,0 av 18,0 pulter er tatt; teamet trenger 5,1)."
    )

    days = ("Mon", "Tue")
    zones = (Zone("North", 10.0, ("East",)), Zone("East", 8.0, ("North",)), Zone("South", 12.0))
    big = Team("Big", "Oslo", 20, 1, dict.fromkeys(days, 1.0))
    oslo = Site("Oslo", dict.fromkeys(days, 40.0), zones=zones)
    problem = Problem(days, {"Oslo": oslo}, (big,), turnout=1.0)
    why = infeasibility_lines(explain_infeasible(problem, time_limit=5))
    assert why[0] == (
        "Big trenger 20,0 pulter, men den største sonen eller det største paret av "
        "nabosoner på Oslo (North + East) har 18,0."
    )
    assert why[1] == (
        "Ankerdagene får plass på alle lokasjonene, men teamene kan ikke alle sitte samlet "
        "etter sone. Det går opp uten plassering etter sone, eller med flere pulter i sonene."
    )
