"""The point panel: everything about one point, cautions first, as one readable document."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog, Placement, Point
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.shell.theme import high_contrast_in_use

if TYPE_CHECKING:
    from acupressure_desktop.history import PointStats

LOCATOR_SIZE = QSize(300, 220)
MIN_WIDTH = 340
LOCATOR_URL = QUrl("locator:current.png")
GENERAL_CAUTION = QT_TRANSLATE_NOOP(
    "PointPanel",
    "Never press on bruises, cuts, open wounds or swelling. Pressure should feel firm, never painful: "
    "ease off or stop if it hurts.",
)
DISCLAIMER = QT_TRANSLATE_NOOP(
    "PointPanel",
    "Acupressure describes traditional practice. It is not a substitute for medical care: "
    "see a doctor about symptoms that are severe, sudden or do not go away.",
)
REFERENCE_NOTE = QT_TRANSLATE_NOOP(
    "PointPanel",
    "Shown for reference: the app has no self-care guide for this point, so it offers no guided "
    "session on it. The points listed under Find help have one.",
)


def _no_session_text(point: Point) -> str:
    if point.reference_only:
        return QCoreApplication.translate("PointPanel", "Reference only: not for pressing yourself")
    return QCoreApplication.translate("PointPanel", "Shown for reference")


_LATERALITY = {
    "bilateral": QT_TRANSLATE_NOOP("PointPanel", "on both sides of the body"),
    "midline": QT_TRANSLATE_NOOP("PointPanel", "on the centre line of the body"),
    "left_only": QT_TRANSLATE_NOOP("PointPanel", "on the left side only"),
    "right_only": QT_TRANSLATE_NOOP("PointPanel", "on the right side only"),
}


def _cun_links(text: str) -> str:
    """Every "3 cun" in a location leads to the guide to measuring in cun."""
    return re.sub(r"(\d+(?:\.\d+)?|half a|one|two|three) cun\b", r"<a href='cun:'>\g<0></a>", text)


def locator_placement(point: Point) -> Placement:
    """The placement best suited to a close-up: placements come closest view first, drawn side first."""
    return next((p for p in point.placements if not p.mirrored), point.placements[0])


class PointPanel(QStackedWidget):
    """Shows the selected point; symptom and view links are offered as signals.

    One QTextBrowser holds the whole text: a single document lays out far faster than a
    dozen word-wrapped labels, and it reads well with a screen reader and the keyboard.
    """

    symptom_activated = Signal(str)  # symptom id
    view_requested = Signal(str)  # view id
    start_requested = Signal(str)  # point code
    measure_requested = Signal(str)  # point code: show how to measure it
    cun_guide_requested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        library: DiagramLibrary,
        selection: PointSelection,
        stats: Callable[[str], PointStats] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._library = library
        self._stats = stats
        self._session_running = False
        self._conditions: frozenset[str] = frozenset()
        self._point: Point | None = None
        # Said under the names when the interface is translated and the point texts are not.
        self.content_note = ""
        self.setAccessibleName(self.tr("Point details"))
        self.addWidget(self._build_empty_page())
        self.browser = QTextBrowser()
        self.browser.setObjectName("pointDocument")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        # The document sits on the window's colour, like the rest of the panel, not on a text field's.
        self.browser.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        # A scroll bar that comes and goes makes every new point lay its text out two or three
        # times at two widths; most points' text is longer than the panel anyway.
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.document().setDocumentMargin(14)
        self.start_button = QPushButton(self.tr("Start Guided Session"))
        self.start_button.setObjectName("startSession")
        # Never narrower than its words (long in German at large sizes): the stats beside it wrap.
        self.start_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(lambda: self._point and self.start_requested.emit(self._point.code))
        self.practice_label = QLabel()
        self.practice_label.setObjectName("practiceStats")
        # "Practised 12 times · last 28/11/2026 09:05" is wider than a narrow panel beside its
        # button: it takes a second line rather than running under the button.
        self.practice_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(14, 8, 14, 0)
        bar.addWidget(self.practice_label, 1)
        bar.addWidget(self.start_button)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addLayout(bar)
        page_layout.addWidget(self.browser, 1)
        self.addWidget(page)
        selection.changed.connect(self.show_point)
        # A panel made after a point was chosen (the Points page opens later) starts with it.
        if selection.code:
            self.show_point(selection.code)

    def minimumSizeHint(self) -> QSize:
        # Room for a readable column of text, and more if the buttons' words need it.
        hint = super().minimumSizeHint()
        return QSize(max(MIN_WIDTH, hint.width()), hint.height())

    @property
    def point(self) -> Point | None:
        return self._point

    def text(self) -> str:
        """The panel's text as a reader would hear it."""
        return self.browser.toPlainText() if self._point else self._hint.text()

    def html(self) -> str:
        return self.browser.toHtml()

    def set_stats(self, stats: Callable[[str], PointStats]) -> None:
        self._stats = stats
        self.refresh()

    def set_conditions(self, conditions: frozenset[str]) -> None:
        """The user's safety answers: the cautions that concern them are shown first."""
        self._conditions = conditions
        self.refresh()

    def set_session_running(self, running: bool) -> None:
        """While a session runs, a second one cannot be started."""
        self._session_running = running
        self.start_button.setEnabled(not running)
        self.start_button.setToolTip(self.tr("A session is already running.") if running else "")
        if not running:
            self.refresh()

    def refresh(self) -> None:
        """Lay the current point out again, for example in the colours of a new theme."""
        if self._point is not None:
            self.show_point(self._point.code)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        choose = self.tr("Choose a point")
        how = self.tr("Click a dot on the body map, or search by name, code or what you would like help with (Ctrl+K).")
        hint = QLabel(f"<p style='font-size:large'><b>{choose}</b></p><p>{how}</p>")
        hint.setObjectName("emptyHint")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._hint = hint
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def show_point(self, code: str) -> None:
        if not code:
            self._point = None
            self.setCurrentIndex(0)
            return
        point = self._catalog.point(code)
        self._point = point
        placement = locator_placement(point)
        document = self.browser.document()
        picture: QPixmap = self._library.locator(placement, LOCATOR_SIZE, size_kept=True)
        document.addResource(QTextDocument.ResourceType.ImageResource, LOCATOR_URL, picture)
        self.browser.setHtml(self._compose(point, placement))
        # Only a self-care point offers a session; the others say why not, where the button would be.
        self.start_button.setVisible(point.is_self_care)
        self.practice_label.setText(self._practice_text(code) if point.is_self_care else _no_session_text(point))
        self.setCurrentIndex(1)
        self.browser.verticalScrollBar().setValue(0)

    def _practice_text(self, code: str) -> str:
        if self._stats is None:
            return ""
        stats = self._stats(code)
        if not stats.count or stats.last_started_at is None:
            return self.tr("Not practised yet")
        when = LocalFormat().moment(stats.last_started_at)
        times = self.tr("once") if stats.count == 1 else self.tr("%n times", "", stats.count)
        return self.tr("Practised {times} · last {when}").format(times=times, when=when)

    def _cautions_html(self, point: Point) -> str:
        """Cautions for the user's own conditions first and marked, then the point's others.

        General rules (about bruising, diabetes, ...) appear only when they concern the user; a
        point's own cautions always appear, so everyone sees, for example, the pregnancy note.
        """
        names = self._catalog.safety.names
        mine = [c for c in self._catalog.cautions_for(point) if c.conditions and self._conditions & set(c.conditions)]
        others = [c for c in self._catalog.point_cautions(point) if c not in mine]
        applies = self.tr("Applies to you ({conditions}):")
        items: list[str] = []
        for c in mine:
            concerned = escape(names(tuple(i for i in c.conditions if i in self._conditions)))
            items.append(f"{ITEM}<b>{applies.format(conditions=concerned)}</b> {escape(c.text)}</li>")
        items += [
            f"{ITEM}{f'<b>{escape(names(c.conditions))}:</b> ' if c.conditions else ''}{escape(c.text)}</li>"
            for c in others
        ]
        return "".join(items)

    def _compose(self, point: Point, placement: Placement) -> str:
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        if high_contrast_in_use():
            caution_bg, caution_border = (
                palette.color(QPalette.ColorRole.Base).name(),
                palette.color(QPalette.ColorRole.WindowText).name(),
            )
        else:
            caution_bg, caution_border = ("#3a2f1c", "#b7862f") if dark else ("#fff4e2", "#e3a745")
        cautions = self._cautions_html(point)
        views = " · ".join(f"<a href='view:{v}'>{escape(self._catalog.view(v).title)}</a>" for v in point.views())
        characters = point.characters
        if point.characters_traditional != point.characters:
            characters += f" ({point.characters_traditional})"
        if point.reference_only is not None:
            reason = self.tr(
                "<b>Not for pressing yourself:</b> {reason} The app shows where it is and offers no session on it."
            ).format(reason=escape(point.reference_only))
            not_to_press = f"{ITEM}{reason}</li>"
        else:
            not_to_press = ""
        numbered = self.tr("Also numbered {code} in {standard}")
        also = "".join(
            f"<br>{numbered.format(code=escape(o.code), standard=escape(o.standard))}" for o in point.other_codes
        )
        spots = ""
        if point.spots:
            labels = (point.spot_label(part) or "" for part in range(len(point.spots) + 1))
            count = len(point.spots) + 1
            its_spots = (
                self.tr("Its %n spot(s) on each side:", "", count)
                if point.is_bilateral
                else self.tr("Its %n spot(s):", "", count)
            )
            spots = f"<p>{its_spots}</p><ul>"
            spots += "".join(f"{ITEM}{escape(label)}</li>" for label in labels) + "</ul>"
        note = escape(QCoreApplication.translate("PointPanel", REFERENCE_NOTE))
        guidance = (
            self._guidance_html(point)
            if point.is_self_care
            else ("" if point.reference_only is not None else f"<p style='color:{muted}'>{note}</p>")
        )
        laterality = QCoreApplication.translate("PointPanel", _LATERALITY[point.laterality.value])
        general = escape(QCoreApplication.translate("PointPanel", GENERAL_CAUTION))
        disclaimer = escape(QCoreApplication.translate("PointPanel", DISCLAIMER))
        alt = escape(
            self.tr("{code} on the diagram {view}").format(
                code=point.code, view=self._catalog.view(placement.view).title
            )
        )
        note = f"<p style='color:{muted}'><i>{escape(self.content_note)}</i></p>" if self.content_note else ""
        cautions_heading = self.tr("Cautions")
        shown_on = self.tr("Shown on: {views}").format(views=views)
        where = self.tr("Where it is")
        measure = self.tr("Show how to measure it, step by step")
        return f"""
<h1 style='margin-bottom:0'>{escape(point.code)}&nbsp;&nbsp;<span style='font-weight:normal'>
{escape(point.pinyin)}&nbsp;&nbsp;{escape(characters)}</span></h1>
<p style='margin-top:4px'><i>{escape(point.english)}</i> · {escape(point.channel_label)} ·
{laterality}{also}</p>{note}
<table width='100%' cellpadding='10' cellspacing='0' bgcolor='{caution_bg}'
 style='border: 1px solid {caution_border}; margin-top:4px'>
<tr><td><b>⚠ {cautions_heading}</b><ul style='margin-top:4px'>{not_to_press}{cautions}
{ITEM}{general}</li></ul></td></tr>
</table>
<p align='center' style='margin-top:10px'><img src='{LOCATOR_URL.toString()}'
 width='{LOCATOR_SIZE.width()}' height='{LOCATOR_SIZE.height()}'
 alt='{alt}'></p>
<p align='center' style='color:{muted}'>{shown_on}</p>
<h3>{where}</h3>
<p>{_cun_links(escape(point.location))}</p>
<p><a href='measure:{escape(point.code)}'>{measure}</a></p>{spots}
{guidance}
<p style='color:{muted}; margin-top:12px'>{disclaimer}</p>
"""

    def _guidance_html(self, point: Point) -> str:
        """How to find and press a self-care point, and what tradition uses it for."""
        guide = point.how_to_press
        assert guide is not None
        steps = "".join(f"{ITEM}{escape(step)}</li>" for step in point.how_to_find)
        press = "".join(
            f"<tr><td><b>{name}</b></td><td>{escape(text)}</td></tr>"
            for name, text in (
                (self.tr("Finger"), guide.finger),
                (self.tr("Direction"), guide.direction),
                (self.tr("Pressure"), guide.pressure),
                (self.tr("Posture"), guide.posture),
            )
        )
        uses = "".join(
            f"{ITEM}<a href='symptom:{u.symptom}'>{escape(self._catalog.symptom(u.symptom).name)}</a>: "
            f"{escape(u.note)}</li>"
            for u in point.uses
        )
        find, how, used_for = self.tr("How to find it"), self.tr("How to press it"), self.tr("Traditionally used for")
        return f"""
<h3>{find}</h3>
<ol>{steps}</ol>
<h3>{how}</h3>
<table cellpadding='3' cellspacing='0'>{press}</table>
<h3>{used_for}</h3>
<ul>{uses}</ul>
"""

    def _on_link(self, url: QUrl) -> None:
        scheme, _, value = url.toString().partition(":")
        if scheme == "symptom":
            self.symptom_activated.emit(value)
        elif scheme == "view":
            self.view_requested.emit(value)
        elif scheme == "measure":
            self.measure_requested.emit(value)
        elif scheme == "cun":
            self.cun_guide_requested.emit()

    def show_locator(self, picture: QPixmap | None) -> None:
        """Put ``picture`` (a measurement drawn on the close-up) where the close-up is; None puts the plain one back."""
        if self._point is None:
            return
        if picture is None:
            picture = self._library.locator(locator_placement(self._point), LOCATOR_SIZE, size_kept=True)
        document = self.browser.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, LOCATOR_URL, picture)
        # The document keeps the laid-out image; marking it dirty makes it fetch the new one.
        document.markContentsDirty(0, document.characterCount())
        self.browser.viewport().update()
