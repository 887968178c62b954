"""A strip of diagram thumbnails to choose the body view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.ui.diagrams import DiagramLibrary

THUMB = QSize(84, 96)
_VIEW_ID = Qt.ItemDataRole.UserRole


class ViewPicker(QListWidget):
    """Every diagram as a thumbnail; the views that show the selected point carry its marker."""

    view_chosen = Signal(str)

    def __init__(self, catalog: Catalog, library: DiagramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._library = library
        self._marked_code = ""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 44, THUMB.height() + 40))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB.width() + 64)
        self.setAccessibleName("Body views")
        for view in catalog.views:
            item = QListWidgetItem(view.title)
            item.setData(_VIEW_ID, view.id)
            item.setToolTip(view.description or view.title)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self._draw_thumbnails()
        self.currentItemChanged.connect(self._on_current_changed)

    def view_ids(self) -> list[str]:
        return [self.item(i).data(_VIEW_ID) for i in range(self.count())]

    def set_current_view(self, view_id: str) -> None:
        for row, candidate in enumerate(self.view_ids()):
            if candidate == view_id and self.currentRow() != row:
                self.setCurrentRow(row)

    def mark_point(self, code: str) -> None:
        """Show the selected point's marker on every thumbnail where it appears."""
        if code != self._marked_code:
            self._marked_code = code
            self._draw_thumbnails()

    def views_marked(self) -> list[str]:
        if not self._marked_code:
            return []
        return list(self._catalog.point(self._marked_code).views())

    def _draw_thumbnails(self) -> None:
        point = self._catalog.point(self._marked_code) if self._marked_code else None
        for row in range(self.count()):
            item = self.item(row)
            view_id = item.data(_VIEW_ID)
            markers = [p for p in point.placements if p.view == view_id] if point else []
            item.setIcon(QIcon(self._library.thumbnail(view_id, THUMB, markers)))
            font = item.font()
            font.setBold(bool(markers))
            item.setFont(font)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(_VIEW_ID))
