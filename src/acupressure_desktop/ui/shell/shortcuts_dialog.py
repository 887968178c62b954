"""Help › Keyboard Shortcuts: every key the app knows, by where it works, read from the key map."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from acupressure_desktop.ui.shell.key_map import CONTEXT, KeyBinding


class ShortcutsDialog(QDialog):
    """A two-column list, grouped by area, in the order the key map gives."""

    def __init__(self, bindings: Iterable[KeyBinding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        areas: dict[str, QTreeWidgetItem] = {}
        for binding in bindings:
            area = areas.get(binding.area)
            if area is None:
                area = QTreeWidgetItem(self.tree, [QCoreApplication.translate(CONTEXT, binding.area)])
                area.setFirstColumnSpanned(True)
                font = area.font(0)
                font.setBold(True)
                area.setFont(0, font)
                areas[binding.area] = area
            QTreeWidgetItem(area, [binding.label, binding.key_text()])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """(area, action, keys) as listed: what a test or a screen reader walks."""
        listed = []
        for index in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(index)
            assert area is not None
            for child in range(area.childCount()):
                item = area.child(child)
                assert item is not None
                listed.append((area.text(0), item.text(0), item.text(1)))
        return listed
