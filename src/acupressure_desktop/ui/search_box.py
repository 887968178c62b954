"""The type-ahead search field: code, pinyin, characters, English name or symptom."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from acupressure_desktop.catalog.search import PointSearch, SearchHit

_CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchBox(QLineEdit):
    """Shows matches as you type; arrows move through them and Enter opens one."""

    point_chosen = Signal(str)

    def __init__(self, search: PointSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._model = QStandardItemModel(self)
        self.setPlaceholderText("Search points or symptoms (Ctrl+K)")
        self.setClearButtonEnabled(True)
        self.setAccessibleName("Search points")
        self.setMinimumWidth(320)
        completer = QCompleter(self._model, self)
        # The search does its own matching; the completer only shows the list.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        completer.setWidget(self)
        completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self._completer = completer
        self.textEdited.connect(self._refresh)

    def results(self) -> list[str]:
        """The codes currently offered, in order."""
        return [self._model.item(row).data(_CODE_ROLE) for row in range(self._model.rowCount())]

    def show_query(self, text: str) -> None:
        """Put ``text`` in the field as if typed, and show what it finds."""
        self.setText(text)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh(text)

    def popup_visible(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _refresh(self, text: str) -> None:
        hits = self._search.find(text)
        self._model.clear()
        for hit in hits:
            item = QStandardItem(_describe(hit))
            item.setData(hit.point.code, _CODE_ROLE)
            item.setToolTip(hit.point.summary)
            self._model.appendRow(item)
        if hits:
            self._completer.complete()
        else:
            self._hide_popup()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        code = index.data(_CODE_ROLE)
        if code:
            self._open(code)

    def _open(self, code: str) -> None:
        self._hide_popup()
        self.clear()
        self._model.clear()
        self.point_chosen.emit(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._model.rowCount():
            # The completer hands keys to the field first: open the highlighted result,
            # or the best match when none is highlighted.
            popup = self._completer.popup()
            current = popup.currentIndex() if popup is not None and popup.isVisible() else QModelIndex()
            code = current.data(_CODE_ROLE) if current.isValid() else None
            self._open(code or self._model.item(0).data(_CODE_ROLE))
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not self.popup_visible() and self.text():
            self._refresh(self.text())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._model.clear()
            event.accept()
            return
        super().keyPressEvent(event)


def _describe(hit: SearchHit) -> str:
    point = hit.point
    why = f"  — {hit.reason}" if hit.reason.startswith("used for") else ""
    return f"{point.code}   {point.pinyin}  {point.characters}  ·  {point.english}{why}"
