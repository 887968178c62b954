"""Export or print the body view being shown: with or without its channels, point codes and measurement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.measuring import MeasuringStep
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.chart_export import (
    PAGE_SIZES,
    ExportError,
    export_png,
    export_svg,
    prepare_printer,
    print_chart,
)
from acupressure_desktop.ui.map.chart_painter import ChartContent, ChartView
from acupressure_desktop.ui.map.diagrams import DiagramLibrary

FILTERS = {
    "png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image (*.png)"),
    "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing (*.svg)"),
}
# The paper sizes' names as the combo box shows them; ``PAGE_SIZES`` knows them by their English names.
PAPER_NAMES = {"A4": QT_TRANSLATE_NOOP("ExportDialog", "A4"), "Letter": QT_TRANSLATE_NOOP("ExportDialog", "Letter")}


def choose_file(parent: QWidget, kind: str, suggested: str) -> Path | None:
    """Ask where to save; None if the user cancels. The suffix is added when left out."""
    caption = QCoreApplication.translate("ExportDialog", "Save the Chart as {format}").format(format=kind.upper())
    name, _ = QFileDialog.getSaveFileName(
        parent, caption, suggested, QCoreApplication.translate("ExportDialog", FILTERS[kind])
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


def printer_from_dialog(parent: QWidget, page_size: str) -> QPrinter | None:
    """The system's print dialog, on the chosen paper; None if the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, page_size)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class ExportDialog(QDialog):
    """Save the view as PNG or SVG, or print it; the choices are made here, the writing in chart_export."""

    def __init__(
        self,
        chart: ChartView,
        channels: frozenset[str],
        measurement: list[MeasuringStep],
        catalog: Catalog,
        library: DiagramLibrary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export or Print This View"))
        self._chart = chart
        self._channels = channels
        self._measurement = measurement
        self._catalog = catalog
        self._library = library
        # Replaceable, like the file dialog they stand for.
        self.choose_file: Callable[[QWidget, str, str], Path | None] = choose_file
        self.choose_printer: Callable[[QWidget, str], QPrinter | None] = printer_from_dialog
        names = ", ".join(catalog.channel(code).name for code in sorted(channels)) or self.tr("none shown now")
        self.with_channels = QCheckBox(self.tr("Channels ({names})").format(names=names))
        self.with_channels.setChecked(bool(channels))
        self.with_channels.setEnabled(bool(channels))
        self.with_codes = QCheckBox(self.tr("Point codes beside the points"))
        self.with_codes.setChecked(True)
        self.with_measurement = QCheckBox(self.tr("How to measure the point shown now"))
        self.with_measurement.setChecked(bool(measurement))
        self.with_measurement.setEnabled(bool(measurement))
        self.paper = QComboBox()
        for size in PAGE_SIZES:
            self.paper.addItem(QCoreApplication.translate("ExportDialog", PAPER_NAMES[size]), size)
        self.paper.setAccessibleName(self.tr("Paper size for printing"))
        form = QFormLayout()
        form.addRow(self.tr("Paper for printing"), self.paper)
        self.png_button = QPushButton(self.tr("Save as &PNG…"))
        self.svg_button = QPushButton(self.tr("Save as &SVG…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.png_button.clicked.connect(lambda: self._save("png"))
        self.svg_button.clicked.connect(lambda: self._save("svg"))
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.png_button, self.svg_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{chart.title}</b>"))
        for box in (self.with_channels, self.with_codes, self.with_measurement):
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def content(self) -> ChartContent:
        return ChartContent(
            channels=self._channels if self.with_channels.isChecked() else frozenset(),
            codes=self.with_codes.isChecked(),
            measurement=tuple(self._measurement) if self.with_measurement.isChecked() else (),
        )

    def _save(self, kind: str) -> None:
        suggested = f"{self._chart.title.replace(' · ', ' - ').replace(',', '')}.{kind}"
        path = self.choose_file(self, kind, suggested)
        if path is None:
            return
        write = export_png if kind == "png" else export_svg
        try:
            write(path, self._chart, self.content(), self._catalog, self._library)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("The Chart Was Not Saved"), str(error))
            return
        self.accept()

    def _print(self) -> None:
        printer = self.choose_printer(self, self.paper.currentData())
        if printer is None:
            return
        try:
            print_chart(printer, self._chart, self.content(), self._catalog, self._library)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("The Chart Was Not Printed"), str(error))
            return
        self.accept()
