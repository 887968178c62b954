"""Preferences › Sync: the folder shared between the user's computers, this computer's name, and
when each computer last wrote to the folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.preferences.model import MAX_DEVICE_NAME
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.sync.sync_controller import SyncController

FolderChooser = Callable[[QWidget, str, str], str]


class SyncPreferences(QWidget):
    """Changes apply at once, through the controller; nothing here talks to the folder itself."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.choose_folder: FolderChooser = QFileDialog.getExistingDirectory  # replaced in tests
        intro = QLabel(
            self.tr(
                "Keep one history on all your computers through a folder you already keep in sync, "
                "with Syncthing, Nextcloud, a network share or a USB stick. The app only writes its "
                "own journal into that folder and reads the other computers' journals from it: it "
                "sends nothing anywhere itself, and needs no account."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("Sync is off"))
        self.choose_button = QPushButton(self.tr("Choose Folder…"))
        self.choose_button.clicked.connect(self.choose)
        self.off_button = QPushButton(self.tr("Turn Off"))
        self.off_button.setToolTip(self.tr("Stop syncing; everything in your history stays on this computer"))
        self.off_button.clicked.connect(self.turn_off)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.off_button)
        self.name = QLineEdit(controller.device_name)
        self.name.setMaxLength(MAX_DEVICE_NAME)
        self.name.setAccessibleName(self.tr("Name of this computer"))
        self.name.setToolTip(self.tr('How your other computers list this one, e.g. "Desk" or "Laptop"'))
        self.name.editingFinished.connect(self._rename)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("This computer"), self.name)
        self.devices = QTreeWidget()
        self.devices.setRootIsDecorated(False)
        self.devices.setHeaderLabels([self.tr("Computer"), self.tr("Last wrote to the folder")])
        self.devices.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.devices.setAccessibleName(self.tr("Your computers in the sync folder"))
        self.check_button = QPushButton(self.tr("Check Now"))
        self.check_button.setToolTip(self.tr("Read the other computers' changes from the folder now"))
        self.check_button.clicked.connect(lambda: controller.merge_now(whole=True))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.devices, 1)
        layout.addLayout(status_row)
        controller.status_changed.connect(self.refresh)
        self.refresh()

    def choose(self) -> None:
        start = str(self._controller.folder or Path.home())
        chosen = self.choose_folder(self, self.tr("Choose the Folder You Sync"), start)
        if not chosen:
            return
        problem = self._controller.choose(Path(chosen), self.name.text())
        self.refresh()
        if problem:
            self.status.setText(problem)

    def turn_off(self) -> None:
        self._controller.turn_off()
        self.status.setText(self.tr("Sync is off. Your history, with what came from your other computers, stays here."))

    def _rename(self) -> None:
        problem = self._controller.rename(self.name.text())
        if problem:
            self.status.setText(problem)

    def refresh(self) -> None:
        controller = self._controller
        folder = controller.folder
        self.folder.setText(str(folder) if folder is not None else "")
        self.off_button.setEnabled(folder is not None)
        self.check_button.setEnabled(controller.connected)
        self.choose_button.setText(
            self.tr("Choose Another Folder…") if folder is not None else self.tr("Choose Folder…")
        )
        self.devices.clear()
        shown = LocalFormat()
        own = self.tr("{name} (this computer)").format(name=controller.device_name)
        for name, when in [(own, controller.last_written), *controller.computers()]:
            written = shown.moment(when.astimezone()) if when is not None else self.tr("Never")
            self.devices.addTopLevelItem(QTreeWidgetItem([name, written]))
        self.devices.setEnabled(folder is not None)
        if folder is None:
            self.status.setText(self.tr("Sync is off: your history is on this computer only."))
        elif controller.last_merge is not None:
            self.status.setText(
                self.tr("Last checked {time}.").format(time=shown.moment(controller.last_merge.astimezone()))
            )
        elif not controller.connected:
            self.status.setText(self.tr("The folder cannot be reached right now; the app keeps trying."))
