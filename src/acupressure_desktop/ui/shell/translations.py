"""The interface in the user's language: Qt translators for the app's words and Qt's own.

The app's catalogues are ``resources/translations/acupressure_<language>.qm``, compiled from the
``.ts`` files in ``translations/`` when the app is set up or built. English needs no catalogue:
its source texts are the English words, and ``EnglishPlurals`` writes the singular or plural of
texts like "%n session(s)".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from acupressure_desktop.preferences import InterfaceLanguage

# Languages with a complete translation of the interface, as each calls itself.
LANGUAGE_NAMES = {
    InterfaceLanguage.ENGLISH: "English",
    InterfaceLanguage.GERMAN: "Deutsch",
    InterfaceLanguage.CHINESE_SIMPLIFIED: "简体中文",
}
CATALOGUE_PREFIX = "acupressure_"
_PLURAL = re.compile(r"\((s|es)\)")


class EnglishPlurals(QTranslator):
    """Singular and plural of English source texts written "%n session(s)" (or "(es)")."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if n < 0 or "(" not in source:
            return None  # no translation: Qt shows the source text
        return _PLURAL.sub("" if n == 1 else r"\1", source).replace("%n", str(n))

    def isEmpty(self) -> bool:
        return False


def chosen_language(preference: InterfaceLanguage, system: QLocale) -> InterfaceLanguage:
    """The preference, or for "system" the shipped language nearest the system's (else English)."""
    if preference is not InterfaceLanguage.SYSTEM:
        return preference
    for name in system.uiLanguages():  # the user's languages, most wanted first
        tag = name.replace("-", "_")
        if tag.startswith("zh"):
            # A bare "zh" closes every Chinese list, Traditional ones too: it decides nothing.
            if any(part in tag.split("_") for part in ("Hans", "CN", "SG")):
                return InterfaceLanguage.CHINESE_SIMPLIFIED
            continue
        if tag.split("_")[0] == "de":
            return InterfaceLanguage.GERMAN
        if tag.split("_")[0] == "en":
            return InterfaceLanguage.ENGLISH
    return InterfaceLanguage.ENGLISH


@dataclass
class InstalledLanguage:
    """What ``install_translators`` put on the application; ``problem`` says what could not load."""

    language: InterfaceLanguage
    translators: list[QTranslator]
    problem: str = ""

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)


def install_translators(
    preference: InterfaceLanguage,
    folder: Path,
    system: QLocale | None = None,
    logger: logging.Logger | None = None,
) -> InstalledLanguage:
    """Install the translators for ``preference`` on the running application.

    Only the words change: dates, times and numbers keep the system's regional formats, as the
    desktops' own settings keep language and formats apart. A missing catalogue is reported (the
    interface stays English) and never stops the app.
    """
    system = system or QLocale.system()
    language = chosen_language(preference, system)
    translators: list[QTranslator] = [EnglishPlurals()]
    problem = ""
    if language is not InterfaceLanguage.ENGLISH:
        own = QTranslator()
        if own.load(f"{CATALOGUE_PREFIX}{language.value}", str(folder)):
            translators.append(own)
        else:
            problem = (
                f"The {LANGUAGE_NAMES[language]} translation is missing from {folder}, so the app is shown in "
                "English. Reinstalling the app should bring it back."
            )
            language = InterfaceLanguage.ENGLISH
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)  # Qt's own words: Cancel, Close, Yes and the like
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    if problem and logger is not None:
        logger.warning(problem)
    return InstalledLanguage(language, translators, problem)
