"""The user interface language: English or Norwegian Bokmål, chosen before any window exists.

Qt looks a string up in the installed translators when ``tr()`` runs, so texts set in a
constructor stay in the language that was installed then: the language is chosen once,
at start-up, and a change in View ▸ Language applies at the next start.

Qt ships no Bokmål translation of its own buttons and dialogs (OK/Cancel, the wizard's
Next/Back, the file dialog, text fields' context menus), so ``resources/i18n/qtbase_nb.ts``
supplies one, built and loaded like the app's own files.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import ModuleType
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from officeplanner.gui import prompts
from officeplanner.gui import settings as settings_module
from officeplanner.gui.choice_menu import ChoiceMenu
from officeplanner.gui.settings import Settings

log = logging.getLogger(__name__)

#: The environment variable that overrides the setting (scripts, screenshots, tests).
ENV_VAR: Final = "OFFICEPLANNER_LANGUAGE"
CHOICES: Final = ("system", "en", "nb")
#: Where the built .qm files are (beside this module, in a checkout and when frozen).
TRANSLATIONS_DIR: Final = Path(__file__).resolve().with_name("translations")
_BUILD_SCRIPT: Final = Path(__file__).resolve().parents[2] / "packaging" / "build_translations.py"
_NORWEGIAN_CODES: Final = ("nb", "nn", "no")
#: Each language's name in that language (a reader looks for their own language's name).
NATIVE_NAMES: Final = {"en": "English", "nb": "Norsk bokmål"}
#: The translators installed by the last call, so that a second call replaces them.
_installed: list[QTranslator] = []
#: The language the last call installed ("en" before any).
_active: list[str] = ["en"]


def active_language() -> str:
    """The language :func:`install_translators` installed last: "en" or "nb"."""
    return _active[0]


def system_language() -> str:
    """ "nb" when the operating system's language is Norwegian (Bokmål, Nynorsk or plain
    "no"), else "en": we have no Nynorsk, and a Nynorsk reader reads Bokmål more easily
    than English."""
    system = QLocale.system()
    ui_languages = system.uiLanguages()
    first = ui_languages[0] if ui_languages else system.name()
    code = first.replace("_", "-").split("-")[0].lower()
    norwegian = (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk)
    return "nb" if code in _NORWEGIAN_CODES or system.language() in norwegian else "en"


def resolve_language(choice: str = "system", *, env: bool = True) -> str:
    """The language to show: ``OFFICEPLANNER_LANGUAGE`` wins over ``choice`` (unless
    ``env`` is false); "system" (or anything unknown) follows the operating system."""
    override = os.environ.get(ENV_VAR, "").strip().lower() if env else ""
    if override in CHOICES:
        choice = override
    if choice in ("en", "nb"):
        return choice
    return system_language()


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's when it speaks ``language`` (so an
    English user keeps their own date order), else the language's usual one."""
    system = QLocale.system()
    if language == "nb":
        if system.language() == QLocale.Language.NorwegianBokmal:
            return system
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, choice: str = "system") -> str:
    """Install the translations for ``choice`` ("system" | "en" | "nb") into ``app``.

    Loads every ``*_nb.qm`` (the app's groups and Qt's own dialogs) for Norwegian, nothing
    for English, sets the default QLocale to match, and returns "en" or "nb". Calling it
    again replaces what the previous call installed.
    """
    language = resolve_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    _active[0] = language
    if language == "en":
        return language
    _build_missing(language)
    files = sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm"))
    if not files:
        log.warning(
            "no %s translations in %s: the interface stays English", language, TRANSLATIONS_DIR
        )
    for path in files:
        translator = QTranslator(app)  # parented: lives as long as the application
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the translation %s", path)
            translator.deleteLater()
    return language


def _build_missing(language: str) -> None:
    """In a source checkout, build the .qm files that are missing or older than their
    .ts, so a skipped build step never shows a Norwegian user half-English screens."""
    if not _BUILD_SCRIPT.is_file():
        return  # an installed or frozen app: the .qm files came with it
    try:
        script = _load_build_script()
        todo = script.stale(TRANSLATIONS_DIR)
        if not todo:
            return
        TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
        if not os.access(TRANSLATIONS_DIR, os.W_OK):
            log.warning(
                "translations are out of date and %s cannot be written; run "
                "packaging/build_translations.py",
                TRANSLATIONS_DIR,
            )
            return
        script.build(todo, TRANSLATIONS_DIR)
        log.info("built %d %s translation file(s)", len(todo), language)
    except (OSError, RuntimeError, ImportError) as exc:
        log.warning(
            "could not build the translations (%s); run packaging/build_translations.py", exc
        )


def _load_build_script() -> ModuleType:
    import importlib.util  # only in a source checkout whose translations need building

    spec = importlib.util.spec_from_file_location(
        "_officeplanner_build_translations", _BUILD_SCRIPT
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {_BUILD_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class LanguageMenu(ChoiceMenu):
    """View ▸ Language: System Default / English / Norsk bokmål, used from the next start.

    Texts already on screen were translated when they were made, so switching at once
    would leave a mix of languages; the choice is saved and the user is told so.
    """

    def __init__(self, app_settings: Settings, parent: QWidget | None = None) -> None:
        choices = {
            "system": (
                self.tr("&System Default"),
                self.tr("Use the operating system's language (Norwegian or English)"),
            ),
            "en": (NATIVE_NAMES["en"], self.tr("Show Office Planner in English")),
            "nb": (NATIVE_NAMES["nb"], self.tr("Show Office Planner in Norwegian Bokmål")),
        }
        saved = app_settings.get(settings_module.LANGUAGE)
        super().__init__(
            self.tr("&Language"),
            app_settings,
            settings_module.LANGUAGE,
            choices,
            saved if saved in CHOICES else "system",
            parent,
        )

    def apply(self, choice: str, previous: str) -> None:
        language = resolve_language(choice, env=False)
        if choice == previous or language == active_language():
            return  # e.g. "System Default" on a system that speaks the current language
        prompts.info(
            self.parentWidget(),
            self.tr("Language"),
            self.tr(
                "Office Planner will be shown in {language} from the next time you start it."
            ).format(language=NATIVE_NAMES[language]),
        )
