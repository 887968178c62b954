"""The Learn page: choose a deck and a kind of question, see what is due today, and learn."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.measuring import Measuring
from acupressure_desktop.learning.cards import QuizMode
from acupressure_desktop.learning.decks import Deck
from acupressure_desktop.learning.limits import MAX_NEW_PER_DAY, MIN_NEW_PER_DAY
from acupressure_desktop.learning.questions import Naming
from acupressure_desktop.learning.quiz_session import QuizSession
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.learning.schedule import Schedule
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.learning.learn_charts import LearnCharts
from acupressure_desktop.ui.learning.quiz_view import QuizView
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.map.diagrams import DiagramLibrary
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shrinkable import shrinkable
from acupressure_desktop.ui.words import in_language

MODES = (
    (QuizMode.LOCATE, QT_TRANSLATE_NOOP("LearnPage", "Find the point on the body")),
    (QuizMode.RECOGNISE, QT_TRANSLATE_NOOP("LearnPage", "Name the point shown")),
    (QuizMode.USE, QT_TRANSLATE_NOOP("LearnPage", "Which point is used for…")),
)
_DECK = Qt.ItemDataRole.UserRole


class LearnPage(QStackedWidget):
    """The decks with their new, due and learnt counts; Start runs the quiz on the chosen one."""

    def __init__(
        self,
        catalog: Catalog,
        library: DiagramLibrary,
        measuring: Measuring,
        schedule: Schedule,
        decks: Callable[[], list[Deck]],
        avoided: Callable[[], frozenset[str]],
        reviews: Callable[[], list[ReviewRecord]],
        settings: PreferencesStore,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("learnPage")
        self._catalog = catalog
        self._schedule = schedule
        self._decks = decks
        self._avoided = avoided
        self._reviews = reviews
        self._settings = settings
        self._clock = clock  # times each answer: a quick right answer is known well
        self.deck_list = QListWidget()
        self.deck_list.setAccessibleName(self.tr("Decks"))
        self.deck_list.currentItemChanged.connect(lambda *_: self._show_counts())
        self.deck_list.itemActivated.connect(lambda _item: self.start())
        self.mode = QComboBox()
        for mode, mode_label in MODES:
            self.mode.addItem(QCoreApplication.translate("LearnPage", mode_label), mode.value)
        self.mode.setAccessibleName(self.tr("Kind of question"))
        self.mode.currentIndexChanged.connect(self.refresh)
        self.naming = QComboBox()
        for naming, label in (
            (Naming.FULL, self.tr("Code, pinyin and English")),
            (Naming.CODE, self.tr("Codes")),
            (Naming.PINYIN, self.tr("Pinyin")),
            (Naming.ENGLISH, self.tr("English names")),
        ):
            self.naming.addItem(label, naming.value)
        self.naming.setAccessibleName(self.tr("How choices name the points"))
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(MIN_NEW_PER_DAY, MAX_NEW_PER_DAY)
        self.new_per_day.setValue(settings.current.new_cards_per_day)
        self.new_per_day.setAccessibleName(self.tr("New cards a day"))
        self.new_per_day.setToolTip(self.tr("How many cards you have not seen before may come each day"))
        self.new_per_day.valueChanged.connect(self._set_new_per_day)
        schedule.new_per_day = settings.current.new_cards_per_day
        self.counts = QLabel()
        self.counts.setObjectName("deckCounts")
        self.counts.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.charts = LearnCharts()
        self.quiz = QuizView(catalog, library, measuring)
        self.quiz.finished.connect(self._quiz_finished)

        shrinkable(self.mode, 16)
        shrinkable(self.naming, 16)
        row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Questions:")), self.mode, QLabel(self.tr("Choices by:")), self.naming,
            QLabel(self.tr("New cards a day:")), self.new_per_day,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        front = QWidget()
        layout = QVBoxLayout(front)
        title = self.tr("Learn the points")
        lead = self.tr("Short daily reviews: each card comes back just before you would forget it.")
        heading = QLabel(f"<h2>{title}</h2><p>{lead}</p>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.deck_list, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.charts)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.addWidget(front)
        self.addWidget(self.quiz)
        self.refresh()

    def _set_new_per_day(self, value: int) -> None:
        self._settings.update(new_cards_per_day=value)
        self._schedule.new_per_day = value
        self.refresh()

    def current_mode(self) -> QuizMode:
        return QuizMode(self.mode.currentData())

    def current_deck(self) -> Deck | None:
        item = self.deck_list.currentItem()
        return item.data(_DECK) if item is not None else None

    def refresh(self) -> None:
        """The decks again, with their counts for the kind of question chosen."""
        chosen = self.current_deck()
        self.deck_list.clear()
        mode = self.current_mode()
        standings = self._schedule.standings()  # read once for every deck's counts
        for deck in self._decks():
            if not deck.codes:
                continue
            counts = self._schedule.counts(deck.keys(mode), standings)
            item = QListWidgetItem(
                self.tr("{deck} · {new} new · {due} due · {learnt} of {total} learnt").format(
                    deck=in_language(deck.title),
                    new=counts.new,
                    due=counts.due,
                    learnt=counts.learnt,
                    total=counts.total,
                )
            )
            item.setData(_DECK, deck)
            self.deck_list.addItem(item)
            if chosen is not None and deck.id == chosen.id:
                self.deck_list.setCurrentItem(item)
        if self.deck_list.currentItem() is None and self.deck_list.count():
            self.deck_list.setCurrentRow(0)
        self._show_counts()
        self.charts.show_progress(self._reviews(), self._schedule.standing(), self._schedule.now())

    def _show_counts(self) -> None:
        deck = self.current_deck()
        if deck is None:
            return
        keys = deck.keys(self.current_mode())
        now = len(self._schedule.due(keys))
        self.start_button.setEnabled(now > 0)
        self.start_button.setText(self.tr("&Start (%n Due Now)", "", now) if now else self.tr("&Start"))
        if now:
            self.counts.setText(
                self.tr("{deck}: %n to answer now (new cards: up to {new_left} more today).", "", now).format(
                    deck=in_language(deck.title), new_left=self._schedule.new_left_today()
                )
            )
            return
        upcoming = self._schedule.next_due(keys)
        when = _when(upcoming) if upcoming is not None else self.tr("when you add new cards tomorrow")
        self.counts.setText(
            self.tr("{deck}: nothing due now. Next review {when}.").format(deck=in_language(deck.title), when=when)
        )

    def start(self) -> None:
        deck = self.current_deck()
        if deck is None:
            return
        naming = Naming(self.naming.currentData())
        keys = deck.keys(self.current_mode())
        session = QuizSession(
            self._catalog, self._schedule, keys, self._avoided(), naming, random.Random(), self._clock
        )
        self.setCurrentWidget(self.quiz)
        self.quiz.start(session, naming)

    def _quiz_finished(self, answered: int) -> None:
        self.setCurrentIndex(0)
        self.refresh()
        self.counts.setText(
            self.tr("Done for now: %n answered. {counts}", "", answered).format(counts=self.counts.text())
        )


def _when(moment: datetime) -> str:
    return LocalFormat().moment_long(moment)
