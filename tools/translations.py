"""The interface's translations: update the .ts files from the code, compile them, check them.

    python tools/translations.py update    # collect new texts into translations/*.ts (pyside6-lupdate)
    python tools/translations.py compile   # translations/*.ts -> resources/translations/*.qm
    python tools/translations.py check     # every entry finished, placeholders kept; exit 1 if not

Translators open the .ts files with Qt Linguist (``pyside6-linguist``). The compiled catalogues are
not kept in git: set-up and packaging compile them.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "acupressure_desktop"
TS_FOLDER = ROOT / "translations"
QM_FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "zh_CN")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d|&(?!amp;|lt;|gt;|quot;|nbsp;|#)")


def qt_tool(name: str) -> str:
    """A PySide6 tool from the environment running this script."""
    tool = Path(sys.executable).parent / name
    return str(tool) if tool.exists() else name


def ts_file(language: str) -> Path:
    return TS_FOLDER / f"acupressure_{language}.ts"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update() -> None:
    """Add the texts found in the code to every .ts file and drop those no longer used."""
    TS_FOLDER.mkdir(exist_ok=True)
    for language in LANGUAGES:
        command = [qt_tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none"]
        command += ["-source-language", "en", "-target-language", language, "-ts", str(ts_file(language))]
        subprocess.run(command, cwd=ROOT, check=True)


def compile_all(folder: Path = QM_FOLDER) -> list[Path]:
    """Compile every .ts into ``folder``; returns the catalogues written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = folder / f"acupressure_{language}.qm"
        command = [qt_tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)]
        subprocess.run(command, cwd=ROOT, check=True)
        written.append(target)
    return written


@dataclass(frozen=True)
class Problem:
    language: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.language} [{self.context}] {self.source!r}: {self.what}"


def problems(language: str) -> list[Problem]:
    """Unfinished or obsolete entries, and translations that lost or gained a placeholder."""
    found = []
    root = ET.parse(ts_file(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                found.append(Problem(language, name, source, "no translation element"))
                continue
            state = translation.get("type")
            if state in ("unfinished", "obsolete", "vanished"):
                found.append(Problem(language, name, source, state))
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            wanted = sorted(PLACEHOLDER.findall(source.replace("%n", "")))
            for form in forms:
                if not form.strip():
                    found.append(Problem(language, name, source, "an empty form"))
                elif sorted(PLACEHOLDER.findall(form.replace("%n", ""))) != wanted:
                    found.append(Problem(language, name, source, f"placeholders differ in {form!r}"))
    return found


def main() -> int:
    task = sys.argv[1] if len(sys.argv) > 1 else ""
    if task == "update":
        update()
    elif task == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
    elif task == "check":
        found = [p for language in LANGUAGES for p in problems(language)]
        for problem in found:
            print(problem)
        print(f"{len(found)} problem(s)")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
