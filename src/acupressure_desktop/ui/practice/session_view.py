"""The live session: where to press, what to do now, how long is left, and the pressure curve."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QPixmap, QTransform
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Point
from acupressure_desktop.practice import PhaseKind, SessionPlan, Snapshot
from acupressure_desktop.practice.events import PhaseStarted
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.map.point_panel import locator_placement
from acupressure_desktop.ui.practice.breathing_pacer import BreathingPacer
from acupressure_desktop.ui.practice.pressure_plot import PressurePlot
from acupressure_desktop.ui.time_text import clock_text
from acupressure_desktop.ui.words import in_language

LOCATOR = QSize(220, 160)
SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("SessionView", "Left side"),
    "right": QT_TRANSLATE_NOOP("SessionView", "Right side"),
    "center": QT_TRANSLATE_NOOP("SessionView", "Centre"),
}


class SessionView(QWidget):
    """Draws a snapshot of the session; the buttons are wired by the practice dialog."""

    def __init__(
        self,
        point: Point | None,
        plan: SessionPlan,
        library: DiagramLibrary,
        parent: QWidget | None = None,
        heading: str = "",
    ):
        """``point`` is None for a mat session, which shows ``heading`` instead of a point and its picture."""
        super().__init__(parent)
        self._point = point
        self._plan = plan
        self._library = library
        self._side = ""
        self._big = False

        self.point_label = QLabel(
            f"<b>{point.code}</b> {point.pinyin} · {point.english}" if point is not None else f"<b>{heading}</b>"
        )
        self.side_label = QLabel()
        self.side_label.setObjectName("sideLabel")
        side_font = QFont(self.side_label.font())
        side_font.setBold(True)
        side_font.setPointSizeF(max(8.0, side_font.pointSizeF()) * 1.2)
        self.side_label.setFont(side_font)
        self.locator = QLabel()
        self.locator.setFixedSize(LOCATOR)
        self.locator.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseTitle")
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("phaseCountdown")
        self.countdown.setAccessibleName(self.tr("Time left in this phase"))
        self.total_label = QLabel()
        self.total_label.setObjectName("totalCountdown")
        self.pacer = BreathingPacer()
        self.pacer_always = QCheckBox(self.tr("Show the breathing guide all the time"))
        self.plot = PressurePlot(plan)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("This phase again, or the one before (←)"))
        self.next_button = QPushButton(self.tr("Next Phase ▶"))
        self.next_button.setToolTip(self.tr("Go on to the next phase now (→)"))
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.stop_button.setToolTip(self.tr("Stop the session (Esc)"))
        self.focus_button = QPushButton(self.tr("Focus Mode"))
        self.focus_button.setToolTip(self.tr("Full screen with large type (F11)"))
        self.paused_label = QLabel(self.tr("Paused · press Space or Resume to go on"))
        self.paused_label.setObjectName("pausedLabel")
        bold = self.paused_label.font()
        bold.setBold(True)
        self.paused_label.setFont(bold)
        self.paused_label.setVisible(False)
        self.status_note = QLabel()
        self.status_note.setObjectName("sessionNote")
        self.status_note.setWordWrap(True)
        for button in (self.back_button, self.pause_button, self.next_button, self.stop_button, self.focus_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the window, not a button
        self.locator.setVisible(point is not None)
        if point is not None:
            self.locator.setAccessibleName(self.tr("Where {code} is").format(code=point.code))
        self.side_label.setVisible(point is not None)

        words = QVBoxLayout()
        words.addWidget(self.point_label)
        words.addWidget(self.side_label)
        words.addSpacing(8)
        words.addWidget(self.phase_label)
        words.addWidget(self.paused_label)
        words.addWidget(self.guidance_label)
        words.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(words, 1)
        header.addWidget(self.locator, 0, Qt.AlignmentFlag.AlignTop)

        timing = QHBoxLayout()
        timing.addWidget(self.countdown, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        timing.addStretch(1)
        timing.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)

        middle = QHBoxLayout()
        middle.addWidget(self.plot, 3)
        pacer_box = QVBoxLayout()
        pacer_box.addWidget(self.pacer, 1)
        pacer_box.addWidget(self.pacer_always)
        middle.addLayout(pacer_box, 1)

        buttons = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.focus_button)
        buttons.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(timing)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_note)
        layout.addLayout(buttons)
        self.set_big_type(False)

    def set_big_type(self, big: bool) -> None:
        """Focus mode: everything larger, readable from across the room."""
        self._big = big
        base = QFont(self.font())
        for label, scale in (
            (self.phase_label, 2.4 if big else 1.7),
            (self.countdown, 6.0 if big else 3.6),
            (self.total_label, 1.8 if big else 1.1),
            (self.guidance_label, 1.6 if big else 1.1),
        ):
            font = QFont(base)
            font.setPointSizeF(max(8.0, base.pointSizeF()) * scale)
            font.setBold(label is not self.guidance_label)
            label.setFont(font)

    def on_phase_started(self, event: PhaseStarted) -> None:
        phase = event.phase
        title, guidance = in_language(phase.title), in_language(phase.guidance)
        self.phase_label.setText(title)
        self.guidance_label.setText(guidance)
        # Said by the screen reader as it happens, so the session can be followed with eyes closed.
        announcement = QAccessibleAnnouncementEvent(
            self.phase_label, self.tr("{phase}. {guidance}").format(phase=title, guidance=guidance)
        )
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(announcement)
        if self._point is not None and phase.side != self._side:
            self._side = phase.side
            side = SIDE_NAMES.get(phase.side)
            self.side_label.setText(QCoreApplication.translate("SessionView", side) if side else phase.side)
            self.locator.setPixmap(self._locator_for(phase.side))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.countdown.setText(clock_text(snapshot.phase_remaining_s))
        self.total_label.setText(self.tr("Session {time} left").format(time=clock_text(snapshot.total_remaining_s)))
        self.plot.set_time(snapshot.elapsed_s, snapshot.pressure)
        breathing = snapshot.phase.kind is PhaseKind.BREATHE
        self.pacer.setVisible(breathing or self.pacer_always.isChecked())
        self.pacer.set_fullness(snapshot.breath)
        paused = snapshot.state.value == "paused"
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        # Paused must be plain at a glance (and to a screen reader): a label, and the clocks dimmed.
        self.paused_label.setVisible(paused)
        self.countdown.setEnabled(not paused)
        self.total_label.setEnabled(not paused)
        self.countdown.setAccessibleDescription(self.tr("paused") if paused else "")

    def _locator_for(self, side: str) -> QPixmap:
        assert self._point is not None
        picture = self._library.locator(locator_placement(self._point), LOCATOR)
        # The diagrams show the right side; the left is its mirror image.
        return picture.transformed(QTransform().scale(-1, 1)) if side == "left" else picture
