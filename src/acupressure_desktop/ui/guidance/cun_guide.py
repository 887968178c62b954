"""Help › Measuring in Cun: what a cun is, the finger measures, and each body measure drawn on its view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog, Placement, Side
from acupressure_desktop.catalog.atlas.atlas_files import AtlasFileError
from acupressure_desktop.catalog.measuring import Measuring, MeasuringStep, finger_measure
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.guidance.finger_drawings import FINGER_MEASURES, finger_picture
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.measurement_drawing import measurement_bounds, paint_measurement
from acupressure_desktop.ui.rich_text import ITEM

PICTURE = QSize(400, 420)
INTRO = (
    QT_TRANSLATE_NOOP(
        "CunGuideDialog",
        "A cun is not a fixed length. It is a share of the body being measured, so that a point lies in "
        "the same place on a child and on a tall adult. The standard divides each part of the body into a "
        "set number of cun between landmarks you can see or feel, for example 12 cun from the elbow crease "
        "to the wrist crease, and every location counts in those shares.",
    ),
    QT_TRANSLATE_NOOP(
        "CunGuideDialog",
        "For short distances the fingers of the person being measured are a good guide. On someone else, "
        "use their fingers, not yours. Where the fingers and the body's own measure disagree, the body's "
        "measure wins: it is how the standard defines the points.",
    ),
)


class CunGuideDialog(QDialog):
    """The guide to measuring; it stays open beside the map. Clicking a body measure draws it."""

    def __init__(
        self, catalog: Catalog, measuring: Measuring, library: DiagramLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cunGuide")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Measuring in Cun"))
        self._catalog = catalog
        self._measuring = measuring
        self._library = library
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self._on_link)
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setFixedWidth(PICTURE.width())
        self.measures: dict[str, tuple[str, list[MeasuringStep]]] = {}
        self.shown_measure = ""
        try:
            for measure in measuring.measures().measures:
                drawn = measuring.body_measure(measure.id)
                if drawn is not None:
                    self.measures[measure.id] = drawn
        except AtlasFileError as error:
            self.caption.setText(self.tr("The body's measures cannot be drawn: {error}").format(error=error))
        for digits, cun in FINGER_MEASURES:
            self.browser.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"fingers:{digits}"), finger_picture(digits, cun)
            )
        self.browser.setHtml(self._html())
        right = QVBoxLayout()
        right.addWidget(self.picture)
        right.addWidget(self.caption)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.browser, 1)
        body.addLayout(right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        if "forearm" in self.measures:
            self.show_measure("forearm")

    def show_measure(self, measure_id: str) -> None:
        """Draw one body measure on its view, beside the text."""
        view_id, steps = self.measures[measure_id]
        anchor = Placement(view=view_id, x=steps[0].at[0], y=steps[0].at[1], side=Side.RIGHT)
        self.picture.setPixmap(
            self._library.measured_locator(
                anchor,
                PICTURE,
                lambda painter, pixel: paint_measurement(painter, steps, 2, pixel),
                measurement_bounds(steps),
            )
        )
        self.caption.setText(f"<b>{escape(self._catalog.view(view_id).title)}</b>: {escape(steps[0].words)}")
        self.shown_measure = measure_id

    def _on_link(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == "measure" and value in self.measures:
            self.show_measure(value)

    def _html(self) -> str:
        heading, fingers = self.tr("Measuring in cun"), self.tr("Finger measures")
        parts = [
            f"<h2>{heading}</h2>",
            *(f"<p>{escape(QCoreApplication.translate('CunGuideDialog', p))}</p>" for p in INTRO),
        ]
        parts.append(f"<h3>{fingers}</h3><table cellpadding='4'><tr>")
        for digits, cun in FINGER_MEASURES:
            parts.append(
                f"<td align='center' valign='top'><img src='fingers:{digits}' width='150' height='128'><br>"
                f"{escape((finger_measure(cun) or '').capitalize())}</td>"
            )
            if digits == 2:
                parts.append("</tr><tr>")
        parts.append("</tr></table>")
        own, click = self.tr("The body's own measures"), self.tr("Click one to see it drawn.")
        parts.append(f"<h3>{own}</h3><p>{click}</p>")
        by_region: dict[str, list[str]] = {}
        for measure_id, (view_id, steps) in self.measures.items():
            words = steps[0].words
            by_region.setdefault(self._catalog.view(view_id).region, []).append(
                f"{ITEM}<a href='measure:{measure_id}'>{escape(words[:1].upper() + words[1:])}</a></li>"
            )
        for region, items in by_region.items():
            parts.append(f"<p><b>{escape(region)}</b></p><ul>{''.join(items)}</ul>")
        return "\n".join(parts)
