"""Keeps this computer's history in step with the folder the user syncs between their computers.

It writes each saved change into this computer's journal there, and merges every other
computer's journals back: at start, soon after the folder changes on disk, and every few minutes
(a watcher misses changes on network shares and removable drives). Nothing leaves the computer
through the app itself: the user's own sync tool carries the folder.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QSysInfo, QTimer, Signal

from acupressure_desktop.history import History, KnownDevice
from acupressure_desktop.history.changes import Change, SessionChanged
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.words import in_language

if TYPE_CHECKING:
    from acupressure_desktop.history.sync.clock import Stamp
    from acupressure_desktop.history.sync.journal_files import DeviceSeen
    from acupressure_desktop.history.sync.sync_folder import SyncFolder, SyncReport

# The journal readers and writers load when a folder is chosen, not with the app: most people
# never sync, and the start-up is theirs too.

# Sync tools write a file in several steps; merging once they have settled reads each file once.
SETTLE_MS = 2_000
MERGE_EVERY_MS = 3 * 60_000


class SyncController(QObject):
    """Writes this computer's changes to the sync folder and merges the other computers' changes."""

    merged = Signal(object)  # the MergeResult of a merge that changed the history
    status_changed = Signal()  # the folder, the devices or the time of the last merge
    notice = Signal(str)

    def __init__(
        self,
        history: History,
        preferences: PreferencesStore,
        app_version: str,
        wall_clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._preferences = preferences
        self._version = app_version
        self._wall_clock = wall_clock
        self._folder: SyncFolder | None = None
        self._told: set[str] = set()
        self._goal = preferences.current.daily_goal
        self.devices: dict[str, DeviceSeen] = {}
        self.last_merge: datetime | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._watcher.fileChanged.connect(self._folder_changed)
        self._settle = QTimer(self)
        self._settle.setObjectName("syncSettle")
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.merge_now)
        self._every = QTimer(self)
        self._every.setObjectName("syncEvery")
        self._every.setInterval(MERGE_EVERY_MS)
        self._every.timeout.connect(self.merge_now)
        preferences.changed.connect(self._preferences_changed)

    # --- what Preferences › Sync shows ------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        """The chosen folder, whether or not it can be reached right now."""
        chosen = self._preferences.current.sync_folder
        return Path(chosen) if chosen else None

    @property
    def device(self) -> str:
        return self._preferences.current.device_id

    @property
    def device_name(self) -> str:
        return self._preferences.current.device_name or default_device_name()

    @property
    def connected(self) -> bool:
        return self._folder is not None

    def computers(self) -> list[tuple[str, datetime | None]]:
        """The other computers seen in the folder, by name, with when each last wrote to it."""
        return [
            (seen.name, _stamp_time(seen.last_stamp))
            for seen in sorted(self.devices.values(), key=lambda d: (d.name.casefold(), d.device))
        ]

    @property
    def last_written(self) -> datetime | None:
        """When this computer last wrote to the folder, if it is connected and has."""
        return _stamp_time(self._folder.last_written if self._folder is not None else None)

    # --- turning it on and off --------------------------------------------------------------------

    def start(self) -> None:
        """Connect to the folder chosen in an earlier run, if any."""
        if self.folder is not None:
            self._connect(self.folder, first_time=False)

    def choose(self, folder: Path, name: str) -> str:
        """Sync through ``folder`` from now on, giving it this computer's whole history; the problem, or ""."""
        problem = _unusable(folder, self._history.database.path.parent)
        if problem:
            return problem
        self.turn_off()
        self._preferences.update(sync_folder=str(folder), device_name=name.strip() or default_device_name())
        return self._connect(folder, first_time=True)

    def rename(self, name: str) -> str:
        """Call this computer ``name`` in the folder and on the other computers."""
        name = name.strip()
        if not name or name == self.device_name:
            return ""
        self._preferences.update(device_name=name)
        self._history.devices.remember([KnownDevice(self.device, name)])
        problem = self._folder.rename(name) if self._folder is not None else ""
        self.status_changed.emit()
        return problem

    def history_replaced(self) -> None:
        """A backup was restored: what it holds goes to the folder again, newer than any deletion of it."""
        if self._folder is None:
            return
        self._write(self._give_history(self._folder))
        self.merge_now(whole=True)

    def close(self) -> None:
        """Let go of the folder as the app quits; sync stays on for the next start."""
        if self._folder is not None:
            self._history.changes.stop_listening(self._record)
        self._folder = None
        self._settle.stop()
        self._every.stop()

    def turn_off(self) -> None:
        """Stop syncing. The history keeps everything, including what came from other computers."""
        self.close()
        if paths := self._watcher.files() + self._watcher.directories():
            self._watcher.removePaths(paths)
        if self._preferences.current.sync_folder:
            self._preferences.update(sync_folder="")
        self.devices = {}
        self.status_changed.emit()

    # --- merging ----------------------------------------------------------------------------------

    def merge_now(self, whole: bool = False) -> SyncReport | None:
        """Merge the other computers' changes, if the folder has any since the last merge.

        ``whole`` goes through every change again rather than those in new or grown journals.
        """
        if self.folder is None:
            return None
        if self._folder is None and self._connect(self.folder, first_time=False, merge=False):
            return None  # cannot be read: said once
        folder = self._folder
        assert folder is not None
        if not folder.root.is_dir():
            self._tell("missing", self._missing_text(folder.root))
            return None
        self._told.discard("missing")
        self._write(folder.flush())  # what waited while the folder was away goes first
        from acupressure_desktop.history.sync.merge import HistoryMerge  # noqa: PLC0415

        report = folder.merge_into(HistoryMerge(self._history.database), whole=whole)
        if report.merged is None:
            return report  # the history could not be written: it says why itself
        self.last_merge = self._wall_clock()
        if report.devices != self.devices or not self.devices:
            self.devices = report.devices
            self._history.devices.remember(
                [KnownDevice(self.device, self.device_name)]
                + [KnownDevice(d.device, d.name, _stamp_time(d.last_stamp)) for d in report.devices.values()]
            )
        if report.daily_goal is not None and report.daily_goal != self._preferences.current.daily_goal:
            self._goal = report.daily_goal
            self._preferences.update(daily_goal=report.daily_goal)
        for text in report.notices:
            self._tell(str(text), in_language(text))
        self._watch(folder.root)
        if report.merged.anything:
            self.merged.emit(report.merged)
        self.status_changed.emit()
        return report

    # --- inside -----------------------------------------------------------------------------------

    def _connect(self, root: Path, first_time: bool, merge: bool = True) -> str:
        """Follow the history's changes into ``root``, even while it is away: they wait in the outbox."""
        from acupressure_desktop.history.sync.outbox import SyncOutbox  # noqa: PLC0415
        from acupressure_desktop.history.sync.sync_folder import SyncFolder  # noqa: PLC0415

        self._every.start()  # also finds a drive plugged in later
        try:
            folder = SyncFolder.for_device(
                root, self.device, self.device_name, self._version, self._today, SyncOutbox(self._history.database)
            )
        except OSError as error:
            problem = self._unreadable_text(root, error)
            self._tell("unreadable", problem)
            return problem
        self._folder = folder
        self._history.changes.listen(self._record)
        if first_time:
            self._write(self._give_history(folder))
        else:
            # Sessions a crash left running were marked interrupted on opening: they are finished now.
            for record in self._history.database.recovered:
                self._write(folder.record(SessionChanged(record)))
        self._watch(root)
        if merge:
            self.merge_now()
        self.status_changed.emit()
        return ""

    def _give_history(self, folder: SyncFolder) -> str:
        from acupressure_desktop.history.sync.sync_folder import LocalHistory  # noqa: PLC0415

        history = self._history
        history.sessions.claim_unmarked()
        cards, reviews = history.quiz.everything()
        schedules = {key: card.to_json() for key, card, _first in cards}
        everything = LocalHistory(
            sessions=history.sessions.finished(),
            routines=history.routines.load()[0],
            runs=history.runs.everything(),
            answers=[(r, schedules[r.key]) for r in reviews if r.key in schedules],
        )
        return folder.history_so_far(everything) or folder.daily_goal(self._preferences.current.daily_goal)

    def _record(self, change: Change) -> None:
        if self._folder is not None:
            self._write(self._folder.record(change))

    def _write(self, problem: str) -> None:
        if problem:
            self._tell("write", in_language(problem))
        else:
            self._told.discard("write")

    def _preferences_changed(self) -> None:
        goal = self._preferences.current.daily_goal
        if goal != self._goal:
            self._goal = goal
            if self._folder is not None:
                self._write(self._folder.daily_goal(goal))

    def _folder_changed(self) -> None:
        self._settle.start()

    def _watch(self, root: Path) -> None:
        """Watch the journal folder, each device's folder and each other device's newest journal."""
        from acupressure_desktop.history.sync.journal_files import journal_folder  # noqa: PLC0415

        wanted = {str(root)} if root.is_dir() else set()  # a folder that is away cannot be watched
        top = journal_folder(root)
        if top.is_dir():
            wanted.add(str(top))
            with contextlib.suppress(OSError):  # the periodic merge still comes round
                wanted |= {str(device_dir) for device_dir in top.iterdir() if device_dir.is_dir()}
            if self._folder is not None:
                wanted |= set(self._folder.newest_journals())  # listed by the merge just made
        watched = set(self._watcher.files() + self._watcher.directories())
        if stale := sorted(watched - wanted):
            self._watcher.removePaths(stale)
        if fresh := sorted(wanted - watched):
            self._watcher.addPaths(fresh)

    def _today(self) -> date:
        return self._wall_clock().date()

    def _tell(self, key: str, text: str) -> None:
        """Say a problem once, until it has gone away and come back."""
        if key not in self._told:
            self._told.add(key)
            self.notice.emit(text)

    def _missing_text(self, root: Path) -> str:
        return QCoreApplication.translate(
            "SyncController",
            "The sync folder {folder} cannot be found (a drive not plugged in, or a share not mounted?). "
            "Your practice is kept on this computer and shared once the folder is back.",
        ).format(folder=root)

    def _unreadable_text(self, root: Path, error: OSError) -> str:
        return QCoreApplication.translate(
            "SyncController", "The sync folder {folder} cannot be read: {reason}. Your history here is unchanged."
        ).format(folder=root, reason=error.strerror or error)


def _unusable(folder: Path, data_dir: Path) -> str:
    """Why ``folder`` cannot be the sync folder, or ""."""
    from acupressure_desktop.history.sync.journal_files import journal_folder  # noqa: PLC0415

    if not folder.is_dir():
        return QCoreApplication.translate("SyncController", "{folder} is not a folder.").format(folder=folder)
    chosen, data = folder.resolve(), data_dir.resolve()
    if chosen == data or chosen in data.parents or data in chosen.parents:
        # Sync tools copy a database while it is being written, and the copy is broken.
        return QCoreApplication.translate(
            "SyncController",
            "{folder} holds the app's own history database, which must never be in a synced folder. "
            "Choose a folder of its own, such as ~/Sync.",
        ).format(folder=folder)
    try:
        journal_folder(folder).mkdir(exist_ok=True, mode=0o700)
        probe = journal_folder(folder) / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        return QCoreApplication.translate(
            "SyncController", "The app cannot write to {folder}: {reason}. Choose a folder you can change."
        ).format(folder=folder, reason=error.strerror or error)
    return ""


def _stamp_time(stamp: Stamp | None) -> datetime | None:
    return datetime.fromtimestamp(stamp.wall_ms / 1000, UTC) if stamp is not None else None


def default_device_name() -> str:
    """The computer's own name, as the desktop shows it; a plain word if it has none."""
    name = "".join(ch for ch in QSysInfo.machineHostName() if ch.isprintable()).strip()[:40]
    return name or QCoreApplication.translate("SyncController", "This computer")
