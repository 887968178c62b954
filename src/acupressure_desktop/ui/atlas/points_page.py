"""The Points page: every point by channel, by body region or A to Z, and the chosen one in full."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.catalog.browsing import Group, a_to_z, by_channel, by_region, neighbours
from acupressure_desktop.catalog.search import fold
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.point_panel import PointPanel
from acupressure_desktop.ui.map.selection import PointSelection
from acupressure_desktop.ui.shrinkable import shrinkable

_CODE = Qt.ItemDataRole.UserRole
ARRANGEMENTS = (
    QT_TRANSLATE_NOOP("PointsPage", "By channel"),
    QT_TRANSLATE_NOOP("PointsPage", "By body region"),
    QT_TRANSLATE_NOOP("PointsPage", "A to Z"),
)


def kind_of(point: Point) -> str:
    if point.is_self_care:
        return QCoreApplication.translate("PointsPage", "Self-care")
    if point.reference_only:
        return QCoreApplication.translate("PointsPage", "Not to press")
    return QCoreApplication.translate("PointsPage", "Reference")


class PointsPage(QSplitter):
    """A list of the atlas to browse and filter, beside the chosen point's panel."""

    show_on_map = Signal(str)  # point code

    def __init__(self, catalog: Catalog, panel: PointPanel, selection: PointSelection, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("pointsPage")
        self._catalog = catalog
        self._selection = selection
        self._search_text = {p.code: fold(f"{p.code} {p.pinyin_plain} {p.english}") for p in catalog.points}

        self.arrangement = QComboBox()
        self.arrangement.addItems([QCoreApplication.translate("PointsPage", text) for text in ARRANGEMENTS])
        self.arrangement.setAccessibleName(self.tr("Arrange points"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code, name or characters"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter points"))
        self.self_care_only = QCheckBox(self.tr("&Self-care points only"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Point"), self.tr("Guide")])
        self.tree.setAccessibleName(self.tr("Points"))
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("pointsCount")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        # Two rows, so the list keeps a narrow column at large font sizes and in long languages.
        left_layout.addWidget(shrinkable(self.arrangement))
        left_layout.addWidget(self.self_care_only)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.map_button = QPushButton(self.tr("Show on &Body Map"))
        self.panel = panel
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 0, 10, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.map_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(panel, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)

        self.arrangement.currentIndexChanged.connect(self.refill)
        self.filter.textChanged.connect(self.refill)
        self.self_care_only.toggled.connect(self.refill)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)
        self.previous_button.clicked.connect(lambda: self._step(0))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.map_button.clicked.connect(self._show_selected_on_map)
        selection.changed.connect(self._follow_selection)
        self.refill()
        self._follow_selection(selection.code)

    def shown_codes(self) -> list[str]:
        """The codes listed now, top to bottom."""
        return [item.data(0, _CODE) for item in self._entries()]

    def group_titles(self) -> list[str]:
        return [item.data(0, Qt.ItemDataRole.AccessibleTextRole) for item in self._headings()]

    def _headings(self) -> list[QTreeWidgetItem]:
        return [item for g in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(g)) is not None]

    def _entries(self) -> list[QTreeWidgetItem]:
        return [c for h in self._headings() for i in range(h.childCount()) if (c := h.child(i)) is not None]

    def _matches(self, point: Point) -> bool:
        if self.self_care_only.isChecked() and not point.is_self_care:
            return False
        typed = self.filter.text().strip()
        if not typed:
            return True
        key = fold(typed)  # empty for Chinese characters, which are matched as typed
        if key and key in self._search_text[point.code]:
            return True
        return typed in point.characters + point.characters_traditional

    def refill(self) -> None:
        points = [p for p in self._catalog.points if self._matches(p)]
        groups = self._arrange(points)
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in groups:
            heading = QTreeWidgetItem([f"{group.title} ({len(group.points)})", ""])
            heading.setData(0, Qt.ItemDataRole.AccessibleTextRole, group.title)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for point in group.points:
                item = QTreeWidgetItem([f"{point.code}   {point.pinyin} · {point.english}", kind_of(point)])
                item.setData(0, _CODE, point.code)
                item.setToolTip(0, point.brief)
                if point.reference_only:
                    item.setToolTip(1, point.reference_only)
                heading.addChild(item)
            self.tree.addTopLevelItem(heading)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        total = len(self._catalog.points)
        self.count_label.setText(
            self.tr("{shown} of %n point(s)", "", total).format(shown=len(points))
            if len(points) != total
            else self.tr("%n point(s)", "", total)
        )
        self._follow_selection(self._selection.code)

    def _arrange(self, points: list[Point]) -> list[Group]:
        index = self.arrangement.currentIndex()
        if index == 1:
            return by_region(self._catalog, points)
        if index == 2:
            return a_to_z(points)
        return by_channel(self._catalog, points)

    def _item_for(self, code: str) -> QTreeWidgetItem | None:
        return next((item for item in self._entries() if item.data(0, _CODE) == code), None)

    def _follow_selection(self, code: str) -> None:
        item = self._item_for(code) if code else None
        if item is not None and self.tree.currentItem() is not item:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
            self.tree.scrollToItem(item)
        before, after = neighbours(self._catalog, code) if code else (None, None)
        for button, neighbour, tip in (
            (self.previous_button, before, self.tr("Previous on the channel: {code} {pinyin}")),
            (self.next_button, after, self.tr("Next on the channel: {code} {pinyin}")),
        ):
            button.setEnabled(neighbour is not None)
            button.setToolTip(tip.format(code=neighbour.code, pinyin=neighbour.pinyin) if neighbour else "")
        self.map_button.setEnabled(bool(code))

    def _step(self, direction: int) -> None:
        if self._selection.code:
            neighbour = neighbours(self._catalog, self._selection.code)[direction]
            if neighbour is not None:
                self._selection.select(neighbour.code)

    def _show_selected_on_map(self) -> None:
        if self._selection.code:
            self.show_on_map.emit(self._selection.code)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        code = current.data(0, _CODE) if current is not None else None
        if code:
            self._selection.select(code)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        code = item.data(0, _CODE)
        if code:
            self.show_on_map.emit(code)
