"""Every word of the interface can be translated: no literal text reaches a widget, and each
shipped translation is complete, with its placeholders intact."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INTERFACE = ROOT / "src" / "acupressure_desktop" / "ui"
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

# Qt calls whose string arguments the user reads.
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "setTitle", "setLabelText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "addItem", "addItems", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addAction", "addMenu", "setItemText", "addRow", "setInformativeText", "setDetailedText",
    "setOkButtonText", "setCancelButtonText", "setSuffix", "setPrefix", "setSpecialValueText", "setLabel",
    "addButton", "setHtml", "setPlainText", "setWindowIconText",
}  # fmt: skip
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QToolBar", "QTreeWidgetItem", "QListWidgetItem", "QStandardItem", "QTableWidgetItem", "QMessageBox",
    "QCommandLinkButton",
}  # fmt: skip
# QMessageBox's static dialogs; the same names on a logger write to the log, which stays English.
MESSAGE_BOXES = {"information", "warning", "critical", "question"}
_TAG = re.compile(r"<[^>]*>|&[a-z]+;|\{[^}]*\}")


def _has_words(text: str) -> bool:
    """Letters outside markup and placeholders: something a reader would read.

    A lone lower-case word ("bottom", "center") is a key Qt or the app looks up, not prose.
    """
    if re.fullmatch(r"[a-z_]+", text):
        return False
    return bool(re.search(r"[A-Za-z]{2,}", _TAG.sub("", text)))


def _literal_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):  # "..." + x
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_literal_words(item) for item in node.elts)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    return False


def literal_texts(path: Path) -> list[str]:
    """'file:line text' for each literal text handed straight to a widget."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        box = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "QMessageBox"
        if name not in TEXT_METHODS and name not in TEXT_CLASSES and not (box and name in MESSAGE_BOXES):
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if _literal_words(argument):
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{node.lineno} {ast.unparse(argument)[:80]}")
    return found


def test_no_literal_text_reaches_a_widget_without_tr() -> None:
    found = [text for path in sorted(INTERFACE.rglob("*.py")) for text in literal_texts(path)]
    assert found == [], "\n".join(found)


def tr_inside_f_strings(path: Path) -> list[str]:
    """lupdate does not look inside f-strings, so a text translated there never reaches the .ts."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call):
                    continue
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
                place = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
                if place is None or len(inner.args) <= place:
                    continue
                text = inner.args[place]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):  # a variable was collected elsewhere
                    found.append(f"{path.name}:{inner.lineno} {ast.unparse(inner)[:80]}")
    return found


def test_no_text_is_translated_inside_an_f_string() -> None:
    found = [text for path in sorted(INTERFACE.rglob("*.py")) for text in tr_inside_f_strings(path)]
    assert found == [], "\n".join(found)


def test_the_check_sees_a_literal_and_lets_a_translated_text_pass(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Start')\n"
        "label.setText(self.tr('Start'))\n"
        "QPushButton(f'Save {name}')\n"
        "label.setText(f\"<b>{self.tr('Cautions')}</b>\")\n"
        "label.setText('▶')\n"
        "QMessageBox.warning(self, 'Export Failed', text)\n"
        "logger.warning('Settings could not be written to %s', path)\n"
    )
    assert [line.split(" ", 1)[0].rsplit(":", 1)[1] for line in literal_texts(sample)] == ["1", "3", "6"]
    assert [line.split(" ", 1)[0].rsplit(":", 1)[1] for line in tr_inside_f_strings(sample)] == ["4"]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_shipped_translation_is_complete_and_keeps_its_placeholders(language: str) -> None:
    problems = translations.problems(language)
    assert problems == [], "\n".join(str(p) for p in problems[:40])


def test_the_translations_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate run on today's code finds nothing the committed .ts files lack."""
    scratch = tmp_path / "check.ts"
    command = [translations.qt_tool("pyside6-lupdate"), *translations.source_files(), "-ts", str(scratch)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    in_code = _messages(scratch)
    for language in translations.LANGUAGES:
        missing = in_code - _messages(translations.ts_file(language))
        assert not missing, f"{language}: run tools/translations.py update: {sorted(missing)[:10]}"


def _messages(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }
