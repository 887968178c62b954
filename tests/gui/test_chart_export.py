"""A body view kept as a chart: saved as PNG or SVG, printed (here to PDF), with what the map shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.map.chart_export import prepare_printer


def open_export(window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    window.export_action.trigger()
    dialog = window.workspace.export_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_the_lower_leg_with_its_channels_is_saved_as_png_and_svg(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_front")
    window.workspace.channels.set_chosen(frozenset({"ST", "SP"}))
    dialog = open_export(window, qtbot)
    assert dialog.with_channels.isChecked() and "Stomach" in dialog.with_channels.text()
    assert not dialog.with_measurement.isEnabled()  # nothing is being measured
    dialog.choose_file = lambda _parent, kind, _name: tmp_path / f"leg.{kind}"
    qtbot.mouseClick(dialog.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "leg.png"))
    assert not image.isNull() and image.height() == 2400 and image.width() < image.height()
    # The stomach channel's orange is in the picture; without channels it is not.
    assert _has_colour(image, (0xC2, 0x4E, 0x00))
    dialog = open_export(window, qtbot)
    dialog.with_channels.setChecked(False)
    dialog.choose_file = lambda _parent, kind, _name: tmp_path / f"plain.{kind}"
    qtbot.mouseClick(dialog.png_button, Qt.MouseButton.LeftButton)
    assert not _has_colour(QImage(str(tmp_path / "plain.png")), (0xC2, 0x4E, 0x00))
    dialog = open_export(window, qtbot)
    dialog.choose_file = lambda _parent, kind, _name: tmp_path / f"leg.{kind}"
    qtbot.mouseClick(dialog.svg_button, Qt.MouseButton.LeftButton)
    svg = (tmp_path / "leg.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "ST36" in svg


def test_printing_fits_the_view_on_one_page_of_the_chosen_paper(qtbot: QtBot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("leg_front")
    window.workspace.channels.set_chosen(frozenset({"ST"}))
    window.selection.select("ST36")
    window.workspace.measuring.start("ST36")
    dialog = open_export(window, qtbot)
    assert dialog.with_measurement.isChecked()
    dialog.paper.setCurrentText("Letter")

    def pdf_printer(_parent, paper: str) -> QPrinter:  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "leg.pdf"))
        prepare_printer(printer, paper)
        return printer

    dialog.choose_printer = pdf_printer
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    document = QPdfDocument()
    document.load(str(tmp_path / "leg.pdf"))
    assert document.pageCount() == 1
    assert document.pagePointSize(0).toSize() == QSize(612, 792)  # US Letter, portrait
    page = document.render(0, QSize(306, 396))
    assert _has_colour(page, (0xC2, 0x4E, 0x00), tolerance=40)


def test_a_place_that_cannot_be_written_says_so_and_keeps_the_dialog(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, tmp_path: Path, monkeypatch
) -> None:
    locked = tmp_path / "a file, not a folder"
    locked.write_text("", encoding="utf-8")  # even root cannot write inside a file
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    dialog = open_export(window, qtbot)
    dialog.choose_file = lambda _parent, kind, _name: locked / f"chart.{kind}"
    qtbot.mouseClick(dialog.png_button, Qt.MouseButton.LeftButton)
    assert warnings and "cannot be written" in warnings[0]
    assert dialog.isVisible()


def _has_colour(image: QImage, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    small = image.scaled(image.width() // 4 or 1, image.height() // 4 or 1)
    for y in range(small.height()):
        for x in range(small.width()):
            colour = small.pixelColor(x, y)
            if all(
                abs(a - b) <= tolerance for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True)
            ):
                return True
    return False
