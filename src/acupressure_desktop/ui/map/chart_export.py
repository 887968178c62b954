"""Save a body view as a PNG or SVG chart, or print it fitted on an A4 or Letter page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.ui.map.chart_painter import TITLE_SHARE, ChartContent, ChartView, paint_chart
from acupressure_desktop.ui.map.diagrams import DiagramLibrary

PNG_HEIGHT = 2400  # pixels: sharp when printed at A4 height
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class ExportError(Exception):
    """The chart could not be written; the message says where and why."""


def _chart_size(library: DiagramLibrary, chart: ChartView, height: float) -> QSizeF:
    box = library.view_box(chart.view_id)
    drawing_height = height * (1 - TITLE_SHARE)
    return QSizeF(max(drawing_height * box.width() / box.height(), height * 0.6), height)


def _check_writable(path: Path) -> None:
    try:
        with path.open("ab"):
            pass
    except OSError as error:
        raise ExportError(
            QCoreApplication.translate("ChartExport", "{path} cannot be written: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def export_png(path: Path, chart: ChartView, content: ChartContent, catalog: Catalog, library: DiagramLibrary) -> None:
    """Write the chart as a PNG image on a white background."""
    _check_writable(path)
    size = _chart_size(library, chart, PNG_HEIGHT).toSize()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(300 / 0.0254))
    image.setDotsPerMeterY(round(300 / 0.0254))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), chart, content, catalog, library)
    painter.end()
    writer = QImageWriter(str(path), b"png")
    if not writer.write(image):
        raise ExportError(
            QCoreApplication.translate("ChartExport", "{path} could not be saved as a PNG image: {reason}").format(
                path=path, reason=writer.errorString()
            )
        )


def export_svg(path: Path, chart: ChartView, content: ChartContent, catalog: Catalog, library: DiagramLibrary) -> None:
    """Write the chart as an SVG drawing, its lines kept as lines for any size of print."""
    _check_writable(path)
    size = _chart_size(library, chart, 1000)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(size.width()), round(size.height())))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(chart.title)
    generator.setDescription(QCoreApplication.translate("ChartExport", "A body chart from Acupressure Desktop"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(
            QCoreApplication.translate("ChartExport", "{path} could not be written as an SVG drawing.").format(
                path=path
            )
        )
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), chart, content, catalog, library)
    painter.end()


def prepare_printer(printer: QPrinter, page_size: str) -> None:
    """Portrait, the chosen paper, modest margins."""
    printer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)


def print_chart(
    printer: QPrinter, chart: ChartView, content: ChartContent, catalog: Catalog, library: DiagramLibrary
) -> None:
    """Print the chart fitted on one page of ``printer`` (a real printer, or a PDF file)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError(QCoreApplication.translate("ChartExport", "The printer could not be started."))
    printable = printer.pageLayout().paintRectPixels(printer.resolution())
    page = QRectF(0, 0, printable.width(), printable.height())  # the painter starts at the printable corner
    paint_chart(painter, page, chart, content, catalog, library)
    painter.end()
