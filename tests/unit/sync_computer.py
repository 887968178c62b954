"""A computer in the sync tests: its own history, listening to its own changes, in one shared folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from acupressure_desktop.history import History
from acupressure_desktop.history.sync.merge import HistoryMerge
from acupressure_desktop.history.sync.outbox import SyncOutbox
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from tests.unit.history_data import session

DAY = date(2026, 11, 28)


class Computer:
    """A device with its own history and its own place in the shared folder."""

    def __init__(self, home: Path, shared: Path, device: str, name: str) -> None:
        shared.mkdir(parents=True, exist_ok=True)  # the folder the user's sync tool keeps
        self.history = History.open(home, device=device)
        self.outbox = SyncOutbox(self.history.database)
        self.sync = SyncFolder.for_device(shared, device, name, "0.2.0", lambda: DAY, self.outbox)
        self.merge = HistoryMerge(self.history.database)
        self.problems: list[str] = []
        self.history.changes.listen(lambda change: self.problems.append(self.sync.record(change)))

    def practise(self, n: int) -> None:
        self.history.sessions.insert_many([session(n)])
        assert self.problems[-1] == ""

    def codes(self) -> list[str]:
        return sorted(str(r.id) for r in self.history.sessions.recent(100))
