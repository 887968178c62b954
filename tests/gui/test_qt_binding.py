"""Guards against a known-bad Qt binding: the app paints thousands of times a session."""

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_painter_calls_do_not_drop_references_to_none() -> None:
    # PySide6 6.12.0 lost a reference to None on every void call and then aborted the app.
    image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(300):
        painter.setPen(QPen(QColor("red"), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(8, 8), 3.0, 3.0)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -50


def test_the_pinned_pyqtgraph_draws_with_the_pinned_pyside(qtbot) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    curve = plot.plot([0, 30, 150, 180], [0.0, 0.7, 0.7, 0.0])
    plot.resize(320, 200)
    plot.show()
    qtbot.waitExposed(plot)
    image = plot.grab().toImage()
    assert not image.isNull()
    assert curve.getData()[1].max() == 0.7
