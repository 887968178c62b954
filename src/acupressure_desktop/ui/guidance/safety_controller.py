"""Keeps the user's safety answers and applies them: the safety screen and the questions before a session."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from acupressure_desktop.catalog import Catalog, Point, SafetyGuide
from acupressure_desktop.safety import SafetyProfile, SafetyProfileStore, SessionAdvice, advise, advise_mat
from acupressure_desktop.safety.advice import combined
from acupressure_desktop.ui.guidance.safety_screen import SafetyScreen
from acupressure_desktop.ui.guidance.session_consent import ConsentDialog, ReminderDialog, point_title


class SafetyController(QObject):
    """The one owner of the safety profile; widgets listen to ``changed``."""

    changed = Signal()
    problem = Signal(str)  # the answers could not be saved, or were damaged

    def __init__(self, store: SafetyProfileStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.profile = store.load()
        self.screen: SafetyScreen | None = None

    @property
    def notice(self) -> str:
        return self._store.notice

    @property
    def conditions(self) -> frozenset[str]:
        return self.profile.conditions

    def update(self, profile: SafetyProfile) -> None:
        self.profile = profile
        if not self._store.save(profile):
            self.problem.emit(self._store.notice)
        self.changed.emit()

    def show_screen(self, guide: SafetyGuide, parent: QWidget | None, first_run: bool = False) -> SafetyScreen:
        """Open the safety screen (window-modal); the answers are saved when the user saves them."""
        if self.screen is not None:
            self.screen.raise_()
            return self.screen
        screen = SafetyScreen(guide, self.conditions, first_run, parent)
        screen.accepted.connect(lambda: self.update(self.profile.with_answers(screen.chosen())))
        if first_run:
            screen.rejected.connect(lambda: self.update(self.profile.model_copy(update={"skipped": True})))
        screen.finished.connect(self._screen_closed)
        self.screen = screen
        screen.open()
        return screen

    def _screen_closed(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
        self.screen = None

    def approve_session(self, catalog: Catalog, point: Point, parent: QWidget | None) -> SessionAdvice | None:
        """Ask what must be asked before a session on ``point``; None means the user chose not to start."""
        return self.approve(catalog, [point], point_title(point), parent)

    def approve(self, catalog: Catalog, points: list[Point], what: str, parent: QWidget | None) -> SessionAdvice | None:
        """The same for several points at once (a routine): one question for all of them."""
        return self._approve(catalog, combined([advise(catalog, self.conditions, p) for p in points]), what, parent)

    def approve_mat(self, catalog: Catalog, parent: QWidget | None) -> SessionAdvice | None:
        """The same before a session on an acupressure mat."""
        return self._approve(catalog, advise_mat(catalog, self.conditions), self.tr("using an acupressure mat"), parent)

    def _approve(
        self, catalog: Catalog, advice: SessionAdvice, what: str, parent: QWidget | None
    ) -> SessionAdvice | None:
        if self.profile.needs_reminder:
            self.update(self.profile.model_copy(update={"reminded": True}))
            answer = ReminderDialog(parent).exec()
            if answer == ReminderDialog.READ:
                self.show_screen(catalog.safety, parent)
                return None
            if answer != QDialog.DialogCode.Accepted:
                return None
        if advice.needs_confirmation:
            dialog = ConsentDialog(what, advice.to_confirm, catalog.safety, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
        return advice
