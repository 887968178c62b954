"""Between a routine's points: which point comes next, how to find it, and the countdown to it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Point
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.point_panel import locator_placement
from acupressure_desktop.ui.practice.locator_picture import LocatorPicture
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.time_text import clock_text


class FindingPage(QWidget):
    """Shows the next point of a routine while the user finds it; the buttons are wired by the dialog."""

    def __init__(self, library: DiagramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = QLabel()
        self.step_label.setObjectName("routineStep")
        self.title = QLabel()
        self.title.setObjectName("nextPoint")
        self.title.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.picture = LocatorPicture(library)
        self.countdown = QLabel()
        self.countdown.setObjectName("transitionCountdown")
        self.countdown.setAccessibleName(self.tr("Time until the next point starts"))
        self.paused_label = QLabel(self.tr("Paused · press Space or Resume to go on"))
        self.paused_label.setObjectName("pausedLabel")
        bold = self.paused_label.font()
        bold.setBold(True)
        self.paused_label.setFont(bold)
        self.paused_label.setVisible(False)
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Find the point before (←)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume the countdown (Space)"))
        self.next_button = QPushButton(self.tr("Start Now ▶"))
        self.next_button.setToolTip(self.tr("Start this point now (→)"))
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.stop_button.setToolTip(self.tr("Stop the routine (Esc)"))
        for button in (self.back_button, self.pause_button, self.next_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the dialog, not a button

        words = QVBoxLayout()
        for widget in (self.step_label, self.title, self.where):
            words.addWidget(widget)
        words.addStretch(1)
        words.addWidget(self.paused_label)
        words.addWidget(self.countdown)
        top = QHBoxLayout()
        top.addLayout(words, 3)
        top.addWidget(self.picture, 2)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.set_big_type(False)

    def show_step(self, number: int, total: int, point: Point) -> None:
        """Point ``number`` (from 1) of ``total`` is next."""
        self.step_label.setText(self.tr("Point {number} of {total} · find it now").format(number=number, total=total))
        name = f"{escape(point.code)} {escape(point.pinyin)} · {escape(point.english)}"
        title = self.tr("Next: {point}").format(point=name)
        self.title.setText(f"<h2>{title}</h2>")
        steps = "".join(f"{ITEM}{escape(step)}</li>" for step in point.how_to_find)
        self.where.setText(f"<p>{escape(point.location)}</p>" + (f"<ol>{steps}</ol>" if steps else ""))
        self.picture.show_placement(locator_placement(point))
        self.picture.setAccessibleName(self.tr("Where {code} is").format(code=point.code))
        self.back_button.setEnabled(number > 1)

    def show_left(self, seconds: float, paused: bool) -> None:
        self.countdown.setText(self.tr("Starts in {time}").format(time=clock_text(seconds)))
        self.countdown.setEnabled(not paused)
        self.paused_label.setVisible(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def set_big_type(self, big: bool) -> None:
        """Focus mode: the countdown readable from across the room."""
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF()) * (4.0 if big else 2.2))
        font.setBold(True)
        self.countdown.setFont(font)
