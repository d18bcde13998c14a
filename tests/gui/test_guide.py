"""Help ▸ User Guide: the guide in the active language, every metric of docs/metrics.md
explained, screenshots shown when they were made and a note when they were not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument, QTextImageFormat
from pytestqt.qtbot import QtBot

from officeplanner.gui import i18n
from officeplanner.gui.guide import UserGuideDialog, docs_root, guide_path, split_topics
from tests.packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_SCENE = re.compile(r"!\[[^\]]*\]\(images/(?P<lang>[a-z]+)/(?P<scene>[a-z0-9-]+)\.png\)")

#: The Bokmål name the nb guide gives each metric of docs/metrics.md. A metric added
#: there fails :func:`test_the_norwegian_guide_names_every_metric` until it is named here
#: and explained in docs/guide/nb.md.
NORWEGIAN_NAMES = {
    "open day": "Åpen dag",
    "booked desk-day": "Reservert pultdag",
    "occupied desk-day": "Belagt pultdag",
    "occupancy(d)": "Belegg(d)",
    "utilisation(d)": "Utnyttelse(d)",
    "average and peak by weekday": "Gjennomsnitt og topp per ukedag",
    "most popular day": "Mest populære dag",
    "no-show rate": "Andel uteblitt",
    "desk-sharing ratio": "Pultdelingsgrad",
    "unused desk": "Ubrukt pult",
    "under-used": "lite brukt",
    "team meeting rate": "Teamets møterate",
    "desks needed": "Pulter som trengs",
    "period": "Periode",
    "scope": "Omfang",
    '"today"': "«I dag»",
    "a day is open per site": "En dag er åpen per lokasjon",
    "bookable desks in scope": "Reserverbare pulter i omfanget",
    "a desk added mid-period": "En pult som kom til midt i perioden",
    "booked desks(d)": "Reserverte pulter(d)",
    "present": "Til stede",
    "most popular weekday": "Mest populære ukedag",
    "heatmap": "Varmekart",
    "weekly trend": "Ukentlig utvikling",
    "by weekday": "Per ukedag",
    "share of a desk": "En pults andel",
    "unused": "Ubrukt",
    "zone and floor share": "Andel for sone og etasje",
    "daily demand(d)": "Daglig etterspørsel(d)",
    "what-if with n desks": "Hva om vi har N pulter",
    "people": "Personer",
    "team size": "Teamstørrelse",
    "weeks": "Uker",
    "teams listed": "Team som vises",
    "person-level views": "Visninger på personnivå",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:").lower()


def metric_names() -> list[str]:
    """The metrics docs/metrics.md defines: every bold name of its "Definitions" section,
    and every bold name that opens a list item up to "How it is computed" (the rest is
    about the code, not about what a figure means)."""
    text = (DOCS / "metrics.md").read_text(encoding="utf-8")
    text = text.split("## How it is computed")[0]
    definitions = text.split("## Definitions", 1)[1].split("\n## ", 1)[0]
    names = _BOLD.findall(definitions)
    names += re.findall(r"^\s*- \*\*(.+?)\*\*", text, re.M | re.S)
    return list(dict.fromkeys(_norm(name) for name in names))


def bold_terms(markdown: str) -> set[str]:
    return {_norm(term) for term in _BOLD.findall(markdown)}


def every_topic_text(guide: UserGuideDialog) -> str:
    """The plain text of every topic as the browser shows it."""
    shown = []
    for row in range(guide.ui.topicList.count()):
        guide.ui.topicList.setCurrentRow(row)
        shown.append(guide.ui.browser.toPlainText())
    return "\n".join(shown)


def write_guide(root: Path, lang: str, body: str) -> Path:
    folder = root / "docs" / "guide"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{lang}.md"
    path.write_text(body, encoding="utf-8")
    return path


def write_png(path: Path, width: int = 1280, height: int = 800) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3070b0"))
    assert image.save(str(path))


def images_in(document: QTextDocument) -> list[QTextImageFormat]:
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat())
            fragments += 1
        block = block.next()
    return found


# -- the guides' text -----------------------------------------------------------------------


def test_metric_names_are_found() -> None:
    names = metric_names()
    assert {"open day", "utilisation(d)", "no-show rate", "team meeting rate"} <= set(names)
    assert "desks needed" in names and len(names) > 25


def test_the_english_guide_explains_every_metric() -> None:
    guide = (DOCS / "guide" / "en.md").read_text(encoding="utf-8")
    missing = [name for name in metric_names() if name not in bold_terms(guide)]
    assert not missing, f"docs/guide/en.md does not define: {missing}"


def test_the_norwegian_guide_names_every_metric() -> None:
    guide = bold_terms((DOCS / "guide" / "nb.md").read_text(encoding="utf-8"))
    unnamed = [name for name in metric_names() if name not in NORWEGIAN_NAMES]
    assert not unnamed, f"give these a Bokmål name in NORWEGIAN_NAMES and nb.md: {unnamed}"
    missing = [
        NORWEGIAN_NAMES[name]
        for name in metric_names()
        if _norm(NORWEGIAN_NAMES[name]) not in guide
    ]
    assert not missing, f"docs/guide/nb.md does not define: {missing}"


def test_both_guides_show_exactly_the_scenes_the_script_makes() -> None:
    scenes = set(load_script("guide_screenshots").SCENES)
    for lang in ("en", "nb"):
        text = (DOCS / "guide" / f"{lang}.md").read_text(encoding="utf-8")
        found = [(m["lang"], m["scene"]) for m in _SCENE.finditer(text)]
        assert {scene for _, scene in found} == scenes, lang
        assert {language for language, _ in found} == {lang}
        assert len(found) == len(scenes), f"{lang}.md shows a scene twice"


def test_topics_are_the_chapters_and_sections() -> None:
    topics = split_topics(
        "Intro\n# One\ntext\n## One a\nmore\n```\n# not a heading\n```\n# Two\nlast\n"
    )
    assert [(level, t.title) for level, t in topics] == [(1, "One"), (2, "One a"), (1, "Two")]
    assert topics[0][1].markdown.startswith("Intro") and "more" in topics[0][1].markdown
    assert "# not a heading" in topics[1][1].markdown
    assert "Two" not in topics[1][1].markdown


# -- the dialog -----------------------------------------------------------------------------


def test_the_dialog_shows_the_english_guide_with_every_metric(qtbot: QtBot) -> None:
    assert i18n.active_language() == "en"
    guide = UserGuideDialog(None)
    qtbot.addWidget(guide)
    titles = [title for title, _ in guide.topics]
    assert titles[0] == "Getting started"
    assert {"Everyday work", "The Dashboard", "The Planner"} <= set(titles)
    assert "How the figures are calculated" in titles
    assert titles[-1] == "Metric reference"
    text = every_topic_text(guide).lower()
    missing = [name.strip('"') for name in metric_names() if name.strip('"') not in text]
    assert not missing
    guide.show_topic("How the figures are calculated")
    assert "Utilisation(d) = Occupancy(d) / bookable desks in scope" in " ".join(
        guide.ui.browser.toPlainText().split()
    )


def test_the_dialog_shows_the_norwegian_guide(qtbot: QtBot, norwegian: None) -> None:
    guide = UserGuideDialog(None)
    qtbot.addWidget(guide)
    titles = [title for title, _ in guide.topics]
    assert titles[0] == "Kom i gang"
    assert {"Oversikten", "Planleggeren", "Slik regnes tallene ut"} <= set(titles)
    assert "Getting started" not in titles
    guide.show_topic("Slik regnes tallene ut")
    shown = guide.ui.browser.toPlainText()
    for name in ("Utnyttelse(d)", "Teamets møterate", "Pultdelingsgrad", "Andel uteblitt"):
        assert name in shown


def test_a_missing_language_falls_back_to_english(tmp_path: Path) -> None:
    english = write_guide(tmp_path, "en", "# Hello\n")
    assert guide_path(tmp_path, "nb") == english
    assert guide_path(tmp_path / "nowhere", "en") is None


def test_pictures_resolve_and_fit_the_pane(tmp_path: Path, qtbot: QtBot) -> None:
    write_guide(
        tmp_path, "en", "# Start\n\nLook:\n\n![The welcome screen](images/en/welcome.png)\n"
    )
    write_png(tmp_path / "docs" / "guide" / "images" / "en" / "welcome.png")
    guide = UserGuideDialog(None, root=tmp_path)
    qtbot.addWidget(guide)
    guide.resize(900, 640)
    guide.show()
    qtbot.waitExposed(guide)
    document = guide.ui.browser.document()
    (image,) = images_in(document)
    assert image.name() == "images/en/welcome.png"
    loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
    assert isinstance(loaded, QPixmap | QImage) and loaded.width() == 1280
    assert 0 < image.width() < guide.ui.browser.width()
    assert image.height() == pytest.approx(image.width() * 800 / 1280, abs=1)
    assert "not available" not in guide.ui.browser.toPlainText()


def test_missing_pictures_show_a_note(tmp_path: Path, qtbot: QtBot) -> None:
    write_guide(
        tmp_path, "en", "# Start\n\nBefore\n\n![The week grid](images/en/bookings-week.png)\n"
    )
    guide = UserGuideDialog(None, root=tmp_path)
    qtbot.addWidget(guide)
    guide.show()
    assert not images_in(guide.ui.browser.document())
    shown = guide.ui.browser.toPlainText()
    assert "Before" in shown and "(Picture not available: The week grid)" in shown


def test_the_checkout_guide_copes_with_or_without_screenshots(qtbot: QtBot) -> None:
    """Whether or not packaging/guide_screenshots.py has been run here."""
    guide = UserGuideDialog(None)
    qtbot.addWidget(guide)
    guide.show()
    every_topic_text(guide)
    for _, markdown in guide.topics:
        for match in _SCENE.finditer(markdown):
            assert (DOCS / "guide" / match[0][match[0].index("(") + 1 : -1]).is_file()


def test_frozen_builds_read_the_docs_from_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert docs_root() == ROOT
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert docs_root() == tmp_path


def test_the_script_shoots_the_first_scenes_offscreen(tmp_path: Path) -> None:
    """A short run of packaging/guide_screenshots.py (about 3 s): real, readable pictures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = ROOT / "packaging" / "guide_screenshots.py"
    command = [sys.executable, str(script), "--lang", "en", "--until", "office"]
    done = subprocess.run(
        [*command, "--out", str(tmp_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for scene in ("welcome", "setup-wizard", "office"):
        image = QImage(str(tmp_path / "en" / f"{scene}.png"))
        assert (image.width(), image.height()) == (1280, 800), scene
        colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
        assert len(colours) > 3, f"{scene} is blank"
