"""The quiz itself: a question, the answer given by click or keys, what it scored, and on to the next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.atlas.atlas_files import AtlasFileError
from acupressure_desktop.catalog.atlas.resolver import UnresolvableError
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.learning.cards import QuizMode
from acupressure_desktop.learning.grading import Outcome
from acupressure_desktop.learning.locate_scoring import score_click
from acupressure_desktop.learning.questions import Naming, Question, point_name
from acupressure_desktop.learning.quiz_session import QuizSession
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.learning.quiz_diagram import QuizDiagram
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.shell import key_map as keys
from acupressure_desktop.ui.words import in_language

VERDICT = {
    Outcome.RIGHT: QT_TRANSLATE_NOOP("QuizView", "Right"),
    Outcome.CLOSE: QT_TRANSLATE_NOOP("QuizView", "Close"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("QuizView", "Missed"),
}


class QuizView(QWidget):
    """Runs a QuizSession on screen. Keys: 1-4 pick, Space shows the answer, Enter goes on."""

    finished = Signal(int)  # how many were answered

    def __init__(
        self, catalog: Catalog, library: DiagramLibrary, measuring: Measuring, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._measuring = measuring
        self.session: QuizSession | None = None
        self.naming = Naming.FULL
        self.question: Question | None = None
        self.answered_now = False
        self.prompt = QLabel()
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setWordWrap(True)
        self.diagram = QuizDiagram(library)
        self.diagram.answered.connect(self._located)
        self.options = [QPushButton() for _ in range(4)]
        for number, button in enumerate(self.options, start=1):
            button.clicked.connect(lambda _=False, n=number - 1: self.pick(n))
            button.setToolTip(self.tr("Key {number}").format(number=number))
        self.verdict = QLabel()
        self.verdict.setObjectName("quizVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("How the answer scored"))
        self.reveal_button = QPushButton(self.tr("Show the Answer (Space)"))
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button = QPushButton(self.tr("Next (Enter)"))
        self.next_button.clicked.connect(self.go_on)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._finish)
        choices = QHBoxLayout()
        for button in self.options:
            choices.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.diagram, 1)
        layout.addLayout(choices)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)

    def start(self, session: QuizSession, naming: Naming) -> None:
        self.session = session
        self.naming = naming
        self.go_on()

    def go_on(self) -> None:
        """The next question, or the end of the sitting when nothing more is due."""
        if self.session is None:
            return
        question = self.session.next_question()
        if question is None:
            self._finish()
            return
        self.question = question
        self.answered_now = False
        locate = question.mode is QuizMode.LOCATE
        self.prompt.setText(f"<h3>{escape(in_language(question.prompt))}</h3>")
        self.diagram.show_view(question.view_id, locate)
        # Asked what a point is for, the body view would hint at the answer: it comes with it.
        self.diagram.setVisible(question.mode is not QuizMode.USE)
        if question.spot is not None:
            self.diagram.show_spot(question.spot)
        for button, code in zip(self.options, question.options, strict=False):
            button.setText(point_name(self._catalog.point(code), self.naming))
            button.setEnabled(True)
        for index, button in enumerate(self.options):
            button.setVisible(index < len(question.options))
        self.verdict.setText(
            self.tr("Click the spot, or move the cross with the arrow keys and press Enter.") if locate else ""
        )
        self.next_button.setEnabled(False)
        self.reveal_button.setEnabled(True)
        (self.diagram if locate else self).setFocus()

    def pick(self, index: int) -> None:
        """Answer a choosing question with option ``index`` (0-3)."""
        question = self.question
        if self.session is None or question is None or self.answered_now or index >= len(question.options):
            return
        chosen = question.options[index]
        outcome = self.session.choose(chosen)
        point = self._catalog.point(question.point_code)
        said = self.tr("{verdict}: it is {point}.").format(
            verdict=QCoreApplication.translate("QuizView", VERDICT[outcome]), point=point_name(point, Naming.FULL)
        )
        self._show_result(said)
        self._show_answer_spot()

    def reveal(self) -> None:
        """Show the answer without answering: the card counts as missed."""
        question = self.question
        if self.session is None or question is None or self.answered_now:
            return
        self.session.answer(Outcome.MISSED)
        point = self._catalog.point(question.point_code)
        self._show_result(
            self.tr("It is {point}. It will come back soon.").format(point=point_name(point, Naming.FULL))
        )
        if question.mode is QuizMode.LOCATE:
            self._draw_locate_answer(None)
        else:
            self._show_answer_spot()

    def _located(self, x: float, y: float) -> None:
        question = self.question
        if self.session is None or question is None or self.answered_now:
            return
        score = score_click(self._catalog, self._measuring, question.point_code, question.view_id, (x, y))
        self.session.answer(score.outcome, score.cun_off)
        self._show_result(
            self.tr("{verdict}: {distance} cun from {code}.").format(
                verdict=QCoreApplication.translate("QuizView", VERDICT[score.outcome]),
                distance=LocalFormat().number(score.cun_off, 1),
                code=question.point_code,
            )
        )
        self._draw_locate_answer((x, y))

    def _draw_locate_answer(self, click: tuple[float, float] | None) -> None:
        question = self.question
        assert question is not None
        point = self._catalog.point(question.point_code)
        spots = [p for p in point.placements if p.view == question.view_id and not p.mirrored and p.part == 0]
        answer = spots[0] if click is None else min(spots, key=lambda p: (p.x - click[0]) ** 2 + (p.y - click[1]) ** 2)
        try:
            steps = self._measuring.steps(point, answer)
        except (AtlasFileError, UnresolvableError):
            steps = []
        self.diagram.show_answer(click or (answer.x, answer.y), answer, steps)

    def _show_answer_spot(self) -> None:
        question = self.question
        assert question is not None
        if question.mode is QuizMode.USE:
            point = self._catalog.point(question.point_code)
            spots = [p for p in point.placements if p.view == question.view_id and not p.mirrored and p.part == 0]
            self.diagram.setVisible(True)
            self.diagram.show_spot(spots[0])

    def _show_result(self, said: str) -> None:
        self.answered_now = True
        self.verdict.setText(f"<b>{escape(said)}</b>")
        for button in self.options:
            button.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        # Said aloud by a screen reader, not only shown.
        self.verdict.setAccessibleDescription(said)
        QAccessible.updateAccessibility(QAccessibleEvent(self.verdict, QAccessible.Event.Alert))

    def _finish(self) -> None:
        answered = self.session.answered if self.session is not None else 0
        self.session = None
        self.question = None
        self.finished.emit(answered)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if keys.QUIZ_PICK.matches(event):
            self.pick(keys.QUIZ_PICK.sequences().index(QKeySequence(event.key())))
        elif keys.QUIZ_REVEAL.matches(event):
            self.reveal()
        elif keys.QUIZ_NEXT.matches(event) and self.answered_now:
            self.go_on()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
