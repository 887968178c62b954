"""The type-ahead search field: code, pinyin, characters, English name or symptom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from acupressure_desktop.catalog.search import PointSearch, SearchHit
from acupressure_desktop.ui.shell import key_map as keys

_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_WARNING = QColor("#b3261e")


class SearchBox(QLineEdit):
    """Shows matches as you type; arrows move through them and Enter opens one."""

    point_chosen = Signal(str)

    def __init__(self, search: PointSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._not_suggested: frozenset[str] = frozenset()
        self._model = QStandardItemModel(self)
        self.setPlaceholderText(self.tr("Search points or symptoms (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Search points"))
        self.setMinimumWidth(320)
        completer = QCompleter(self._model, self)
        # The search does its own matching; the completer only shows the list.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        completer.setWidget(self)
        completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        popup = completer.popup()
        if isinstance(popup, QListView):
            # Red flags are whole sentences; they wrap rather than being cut off.
            popup.setWordWrap(True)
            popup.setUniformItemSizes(False)
            # Installed after the completer's own filter, so it sees the arrow keys first.
            popup.installEventFilter(self)
        self._completer = completer
        self.textEdited.connect(self._refresh)

    def results(self) -> list[str]:
        """The codes currently offered, in order."""
        return [code for code in self._codes() if code]

    def notes(self) -> list[str]:
        """The lines shown above and below the points: red flags first, then what was left out."""
        rows = range(self._model.rowCount())
        return [self._model.item(r).text() for r in rows if not self._model.item(r).data(_CODE_ROLE)]

    def set_not_suggested(self, codes: frozenset[str]) -> None:
        """Points the user's safety answers keep out of symptom suggestions."""
        self._not_suggested = codes
        if self.text():
            self._refresh(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the list move from point to point, over the red-flag notes."""
        popup = self._completer.popup()
        if watched is popup and popup is not None and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if keys.SEARCH_CHOOSE.matches(event):  # type: ignore[arg-type]
                rows = [row for row, code in enumerate(self._codes()) if code]
                current = popup.currentIndex().row() if popup.currentIndex().isValid() else -1
                if key == Qt.Key.Key_Down:
                    following = [r for r in rows if r > current]
                else:
                    following = [r for r in reversed(rows) if r < current]
                if following:
                    popup.setCurrentIndex(self._model.index(following[0], 0))
                return True
        return super().eventFilter(watched, event)

    def _codes(self) -> list[str | None]:
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
        result = self._search.search(text, not_suggested=self._not_suggested)
        self._model.clear()
        # Red flags before any point: the signs that call for a doctor instead.
        for symptom in result.symptoms[:1] if result.hits or result.left_out else ():
            warning = self.tr("{symptom}: get medical help instead if…").format(symptom=symptom.name)
            self._model.appendRow(_note(f"⚠ {warning}", bold=True))
            for flag in symptom.red_flags:
                self._model.appendRow(_note(f"    • {flag}"))
        for hit in result.hits:
            item = QStandardItem(_describe(hit))
            item.setData(hit.point.code, _CODE_ROLE)
            item.setToolTip(hit.point.brief)
            self._model.appendRow(item)
        if result.left_out:
            codes = ", ".join(p.code for p in result.left_out)
            left_out = self.tr("Left out because of your safety answers: {codes}").format(codes=codes)
            self._model.appendRow(_note(left_out, warning=False))
        if self._model.rowCount():
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
        if keys.SEARCH_OPEN.matches(event) and self._model.rowCount():
            # The completer hands keys to the field first: open the highlighted result,
            # or the best match when none is highlighted.
            popup = self._completer.popup()
            current = popup.currentIndex() if popup is not None and popup.isVisible() else QModelIndex()
            # With no point highlighted (or a red-flag note), the best point opens.
            code = (current.data(_CODE_ROLE) if current.isValid() else None) or next(
                (c for c in self._codes() if c), None
            )
            if code:
                self._open(code)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and not self.popup_visible() and self.text():
            self._refresh(self.text())
            event.accept()
            return
        if keys.SEARCH_CLEAR.matches(event) and self.text():
            self.clear()
            self._model.clear()
            event.accept()
            return
        super().keyPressEvent(event)


def _note(text: str, bold: bool = False, warning: bool = True) -> QStandardItem:
    """A row that informs but cannot be chosen: the arrow keys pass over it."""
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text.strip(" •"))
    if warning:
        item.setForeground(_WARNING)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


def _describe(hit: SearchHit) -> str:
    point = hit.point
    why = f"  — {hit.reason}" if hit.reason.startswith("used for") else ""
    return f"{point.code}   {point.pinyin}  {point.characters}  ·  {point.english}{why}"
