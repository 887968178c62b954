"""A strip of diagram thumbnails to choose the body view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.ui.map.diagrams import DiagramLibrary

THUMB = QSize(96, 104)
_VIEW_ID = Qt.ItemDataRole.UserRole


class ViewPicker(QListWidget):
    """Every diagram as a thumbnail; the views that show the selected point carry its marker."""

    view_chosen = Signal(str)

    def __init__(self, catalog: Catalog, library: DiagramLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Thumbnails render every diagram: drawn just after the list is first painted, so the
        # window appears (with blank icons of the right size) without waiting for them.
        self._thumbnails_pending = True
        self._catalog = catalog
        self._library = library
        self._marked_code = ""
        self._stale_views: set[str] = set()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(40)
        self._redraw_timer.timeout.connect(self._redraw_stale)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(THUMB)
        # Two lines of caption under each picture, as tall as the user's font makes them.
        caption = 2 * self.fontMetrics().lineSpacing() + 14
        self.setGridSize(QSize(THUMB.width() + 48, THUMB.height() + max(46, caption)))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB.width() + 70)
        self.setAccessibleName(self.tr("Body views"))
        # A blank icon of the final size until the thumbnails are drawn, so the layout is right.
        blank = QPixmap(THUMB)
        blank.fill(Qt.GlobalColor.transparent)
        for view in catalog.views:
            item = QListWidgetItem(QIcon(blank), view.title)
            item.setData(_VIEW_ID, view.id)
            item.setToolTip(view.description or view.title)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        self.currentItemChanged.connect(self._on_current_changed)

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if self._thumbnails_pending and event.type() == QEvent.Type.Paint:
            self._thumbnails_pending = False
            QTimer.singleShot(0, self._draw_thumbnails)
        return handled

    def view_ids(self) -> list[str]:
        return [self.item(i).data(_VIEW_ID) for i in range(self.count())]

    def set_current_view(self, view_id: str) -> None:
        for row, candidate in enumerate(self.view_ids()):
            if candidate == view_id and self.currentRow() != row:
                self.setCurrentRow(row)

    def mark_point(self, code: str) -> None:
        """Show the selected point's marker on every thumbnail where it appears."""
        if code == self._marked_code:
            return
        self._stale_views |= set(self._views_of(self._marked_code)) | set(self._views_of(code))
        self._marked_code = code
        # Redraw a moment later, so the point panel, which the user is looking at, comes first.
        self._redraw_timer.start()

    def views_marked(self) -> list[str]:
        return list(self._views_of(self._marked_code))

    def _views_of(self, code: str) -> tuple[str, ...]:
        return self._catalog.point(code).views() if code else ()

    def _redraw_stale(self) -> None:
        stale, self._stale_views = self._stale_views, set()
        self._draw_thumbnails(stale)

    def _draw_thumbnails(self, only: set[str] | None = None) -> None:
        point = self._catalog.point(self._marked_code) if self._marked_code else None
        for row in range(self.count()):
            item = self.item(row)
            view_id = item.data(_VIEW_ID)
            if only is not None and view_id not in only:
                continue
            markers = [p for p in point.placements if p.view == view_id and not p.mirrored] if point else []
            picture = self._library.thumbnail(view_id, THUMB, markers)
            icon = QIcon(picture)
            # Keep the drawing's own colours when selected; the item's background shows the choice.
            icon.addPixmap(picture, QIcon.Mode.Selected)
            item.setIcon(icon)
            font = item.font()
            font.setBold(bool(markers))
            item.setFont(font)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(_VIEW_ID))
