"""Three devices practise, edit and delete while a sync tool delivers their journals late, out of
order and in pieces; once everything has arrived, all three show the same history."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from uuid import UUID

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from acupressure_desktop.history import History, SessionRecord
from acupressure_desktop.history.changes import Change
from acupressure_desktop.history.sync.journal_files import FOLDER_NAME
from acupressure_desktop.history.sync.merge import HistoryMerge
from acupressure_desktop.history.sync.sync_folder import SyncFolder
from tests.unit.history_data import session

DEVICES = ("a" * 32, "b" * 32, "c" * 32)
DAY = date(2026, 11, 28)


class Device:
    """One computer: its history, and its own copy of the synced folder."""

    def __init__(self, base: Path, device: str) -> None:
        self.folder = base / f"sync-{device[:1]}"
        self.folder.mkdir(parents=True)
        self.history = History.open(base / f"home-{device[:1]}", device=device)
        self.sync = SyncFolder.for_device(self.folder, device, f"Device {device[:1]}", "0.2.0", lambda: DAY)
        self.merge = HistoryMerge(self.history.database)
        self.history.changes.listen(self._write)

    def _write(self, change: Change) -> None:
        assert self.sync.record(change) == ""

    def sessions(self) -> dict[UUID, SessionRecord]:
        return {r.id: r for r in self.history.sessions.recent(1000)}


class ThreeDevices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.base = Path(tempfile.mkdtemp(prefix="sync-three-"))
        self.devices = [Device(self.base, d) for d in DEVICES]
        self.made = 0

    def teardown(self) -> None:
        # Everything arrives in the end, and every device merges what it has.
        for target in self.devices:
            for source in self.devices:
                if source is not target:
                    self._deliver(source, target, whole=True)
        for device in self.devices:
            device.sync.merge_into(device.merge)
        histories = [device.sessions() for device in self.devices]
        try:
            assert histories[0] == histories[1] == histories[2]
        finally:
            for device in self.devices:
                device.history.close()
            shutil.rmtree(self.base, ignore_errors=True)

    @rule(who=st.integers(0, 2))
    def practise(self, who: int) -> None:
        self.made += 1
        record = session(self.made)
        device = self.devices[who]
        device.history.sessions.insert_many([record])

    @precondition(lambda self: self.made > 0)
    @rule(who=st.integers(0, 2), which=st.integers(1, 50), note=st.sampled_from(["calmer", "sore", ""]))
    def edit_note(self, who: int, which: int, note: str) -> None:
        device = self.devices[who]
        target = session(1 + which % self.made).id
        if device.history.sessions.get(target) is not None:
            device.history.sessions.update_note(target, note)

    @precondition(lambda self: self.made > 0)
    @rule(
        who=st.integers(0, 2), which=st.integers(1, 50), after=st.integers(0, 10), note=st.sampled_from(["", "eased"])
    )
    def rate(self, who: int, which: int, after: int, note: str) -> None:
        device = self.devices[who]
        target = session(1 + which % self.made).id
        if device.history.sessions.get(target) is not None:
            device.history.sessions.set_outcome(target, after, note)

    @precondition(lambda self: self.made > 0)
    @rule(who=st.integers(0, 2), which=st.integers(1, 50))
    def delete(self, who: int, which: int) -> None:
        device = self.devices[who]
        target = session(1 + which % self.made).id
        if device.history.sessions.get(target) is not None:
            device.history.sessions.delete([target])

    @rule(sender=st.integers(0, 2), receiver=st.integers(0, 2), share=st.floats(0.0, 1.0))
    def deliver(self, sender: int, receiver: int, share: float) -> None:
        """The sync tool copies some of one device's journal bytes to another, perhaps mid-line."""
        if sender != receiver:
            self._deliver(self.devices[sender], self.devices[receiver], whole=False, share=share)

    @rule(who=st.integers(0, 2))
    def merge(self, who: int) -> None:
        device = self.devices[who]
        assert device.sync.merge_into(device.merge).merged is not None

    @invariant()
    def merging_twice_changes_nothing_the_second_time(self) -> None:
        device = self.devices[0]
        device.sync.merge_into(device.merge)
        again = device.sync.merge_into(device.merge).merged
        assert again is not None and not again.anything

    def _deliver(self, source: Device, target: Device, whole: bool, share: float = 1.0) -> None:
        own = source.folder / FOLDER_NAME / source.sync.device
        if not own.is_dir():
            return
        for path in sorted(own.iterdir()):
            data = path.read_bytes()
            copy = target.folder / FOLDER_NAME / source.sync.device / path.name
            copy.parent.mkdir(parents=True, exist_ok=True)
            have = copy.stat().st_size if copy.exists() else 0
            upto = len(data) if whole else max(have, int(len(data) * share))
            copy.write_bytes(data[:upto])


ThreeDevices.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None)
TestThreeDevices = ThreeDevices.TestCase
