"""This device's part in the shared folder: it writes its own changes and merges everyone's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from uuid import UUID

from acupressure_desktop.history.changes import (
    CardAnswered,
    Change,
    NoteChanged,
    RatingsChanged,
    RoutineChanged,
    RoutineDeleted,
    RunChanged,
    SessionChanged,
    SessionsDeleted,
)
from acupressure_desktop.history.records import RoutineRunRecord, SessionRecord
from acupressure_desktop.history.sync.clock import HybridClock, Stamp
from acupressure_desktop.history.sync.journal import (
    JOURNAL_FORMAT,
    AnyEntry,
    DeletedEntry,
    DeviceNameEntry,
    GoalEntry,
    JournalHeader,
    NoteEntry,
    RatingEntry,
    ReviewEntry,
    RoutineDeletedEntry,
    RoutineEntry,
    RunEntry,
    SessionEntry,
)
from acupressure_desktop.history.sync.journal_files import DeviceSeen, JournalReader, append
from acupressure_desktop.history.sync.merge import HistoryMerge, MergeResult
from acupressure_desktop.history.sync.outbox import SyncOutbox
from acupressure_desktop.history.sync.resolve import change_key, resolve
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.routines.models import Routine
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class LocalHistory:
    """Everything this computer's history holds that other computers should have."""

    sessions: Sequence[SessionRecord] = ()
    routines: Sequence[Routine] = ()
    runs: Sequence[RoutineRunRecord] = ()
    answers: Sequence[tuple[ReviewRecord, str]] = ()  # each quiz answer, with its card's schedule


@dataclass
class SyncReport:
    """What one merge did and found: for the notice bar and Preferences › Sync."""

    merged: MergeResult | None = None  # None: the local history could not be written
    devices: dict[str, DeviceSeen] = field(default_factory=dict)
    daily_goal: int | None = None
    notices: list[Text] = field(default_factory=list)


class SyncFolder:
    """Appends this device's changes to its journal and merges every journal into the history.

    ``write`` problems (a folder gone read-only, a disk full) are returned as text, never raised:
    the local history has the change already, and the next write carries on.
    """

    def __init__(
        self,
        root: Path,
        header: JournalHeader,
        clock: HybridClock,
        today: Callable[[], date],
        outbox: SyncOutbox | None = None,
        reader: JournalReader | None = None,
        last_written: Stamp | None = None,
    ) -> None:
        self.root = root
        self._outbox = outbox
        self._header = header
        self._clock = clock
        self._today = today
        self._last_written = last_written
        self._reader = reader or JournalReader()
        self._merged = False  # until one merge has gone through whole, merges take every change

    @classmethod
    def for_device(
        cls,
        root: Path,
        device: str,
        name: str,
        app_version: str,
        today: Callable[[], date],
        outbox: SyncOutbox | None = None,
    ) -> SyncFolder:
        header = JournalHeader(format=JOURNAL_FORMAT, device=device, device_name=name, app_version=app_version)
        # Every journal is read now, and kept: the first merge then parses nothing twice.
        reader = JournalReader()
        read = reader.read(root, device)
        # What waits in the outbox counts too: the journal may be out of reach right now.
        own = read.own + [entry for _place, entry in (outbox.waiting() if outbox is not None else [])]
        last = max((entry.stamp for entry in own), key=lambda s: s.key(), default=None)
        return cls(root, header, HybridClock(device, last=last), today, outbox, reader, last)

    @property
    def device(self) -> str:
        return self._header.device

    def newest_journals(self) -> list[str]:
        """The other devices' newest journals as last read: what a watcher needs to see them grow."""
        return self._reader.newest(self.device)

    @property
    def last_written(self) -> Stamp | None:
        """The stamp of the newest change this computer wrote (or found it had written)."""
        return self._last_written

    # --- this device's changes ------------------------------------------------------------------

    def record(self, change: Change) -> str:
        """Write one saved change of the local history."""
        match change:
            case SessionChanged(record):
                return self.session(record)
            case NoteChanged(session_id, note):
                return self.note(session_id, note)
            case RatingsChanged(session_id, before, after):
                return self.ratings(session_id, before, after)
            case SessionsDeleted(session_ids):
                return self.deleted(session_ids)
            case RoutineChanged(routine):
                return self._write([RoutineEntry(stamp=self._clock.now(), routine=routine)])
            case RoutineDeleted(routine_id):
                return self._write([RoutineDeletedEntry(stamp=self._clock.now(), routine_id=routine_id)])
            case RunChanged(run):
                return self._write([RunEntry(stamp=self._clock.now(), run=run)])
            case CardAnswered(review, card):
                return self._write([ReviewEntry(stamp=self._clock.now(), review=review, card=card)])
        return ""

    def history_so_far(self, everything: LocalHistory) -> str:
        """Write the whole local history, each change into the journal of the day it happened,
        so no single file grows past what a reader accepts: when the folder is first chosen.
        """
        entries: list[AnyEntry] = [
            SessionEntry(stamp=self._clock.now(), session=self._ours(r)) for r in everything.sessions
        ]
        entries += [RunEntry(stamp=self._clock.now(), run=run) for run in everything.runs]
        entries += [ReviewEntry(stamp=self._clock.now(), review=r, card=card) for r, card in everything.answers]
        entries += [RoutineEntry(stamp=self._clock.now(), routine=r) for r in everything.routines]
        return self._write(entries)

    def flush(self) -> str:
        """Write the changes that waited for the folder, if any; the problem, or ""."""
        return self._write([])

    def session(self, record: SessionRecord) -> str:
        return self._write([SessionEntry(stamp=self._clock.now(), session=self._ours(record))])

    def _ours(self, record: SessionRecord) -> SessionRecord:
        # A session recorded before computers were told apart was practised here.
        return record if record.device is not None else record.model_copy(update={"device": self.device})

    def note(self, session_id: UUID, note: str) -> str:
        return self._write([NoteEntry(stamp=self._clock.now(), session_id=session_id, note=note)])

    def ratings(self, session_id: UUID, before: int | None, after: int | None) -> str:
        return self._write([RatingEntry(stamp=self._clock.now(), session_id=session_id, before=before, after=after)])

    def deleted(self, session_ids: Sequence[UUID]) -> str:
        return self._write([DeletedEntry(stamp=self._clock.now(), session_id=i) for i in session_ids])

    def rename(self, name: str) -> str:
        """Call this computer ``name`` from now on, in the folder too."""
        entry = DeviceNameEntry(stamp=self._clock.now(), name=name)  # checks the name first
        self._header = self._header.model_copy(update={"device_name": entry.name})
        return self._write([entry])

    def daily_goal(self, goal: int) -> str:
        return self._write([GoalEntry(stamp=self._clock.now(), goal=goal)])

    def _write(self, entries: Sequence[AnyEntry]) -> str:
        """Append what waited, then ``entries``; what cannot be written waits in the outbox."""
        waiting = self._outbox.waiting() if self._outbox is not None else []
        try:
            if waiting:
                self._append([entry for _place, entry in waiting])
                assert self._outbox is not None
                self._outbox.sent(waiting[-1][0])
            self._append(entries)
        except OSError as error:
            if self._outbox is not None and entries:
                self._outbox.keep(entries)
            notice = QT_TRANSLATE_NOOP(
                "SyncNotice",
                "Your practice is saved here and waits to be written to the sync folder {folder} ({reason}).",
            )
            return notice.filled(folder=self.root, reason=error.strerror or error)
        return ""

    def _append(self, entries: Sequence[AnyEntry]) -> None:
        # Each change goes into the journal of the day it is about, so no file grows past what a
        # reader accepts, even when a whole history is written at once.
        by_day: dict[date, list[AnyEntry]] = defaultdict(list)
        for entry in entries:
            by_day[_day_of(entry) or self._today()].append(entry)
        for day in sorted(by_day):
            append(self.root, self._header, by_day[day], day)
            self._last_written = max((e.stamp for e in by_day[day]), key=Stamp.key, default=self._last_written)

    # --- everyone's changes ---------------------------------------------------------------------

    def merge_into(self, merge: HistoryMerge, whole: bool = False) -> SyncReport:
        """Read every journal, this device's too, and bring the local history in line with them.

        After the first merge, only what the new or grown journals touch is resolved again (with
        every change ever made to it): the answer is the same, at the cost of a day's changes.
        ``whole`` resolves everything again, as after the history was restored from a backup.
        """
        read = self._reader.read(self.root, self.device)
        others = read.others
        for entry in read.fresh:  # the rest was seen at an earlier merge
            self._clock.observe(entry.stamp)
        everything = [*read.own, *(entry for _device, entry in others.entries)]
        if self._merged and not whole:
            touched = {change_key(entry) for entry in read.fresh}
            everything = [entry for entry in everything if change_key(entry) in touched]
        resolved = resolve(everything)
        # Nothing new since the last merge: the history is as the journals say already.
        merged = merge.apply(resolved) if everything or not self._merged else MergeResult()
        # A merge that could not be written is done whole next time: its changes are not lost.
        self._merged = merged is not None
        report = SyncReport(merged, others.devices, resolved.daily_goal, list(others.refused))
        if others.newer:
            report.notices.append(
                QT_TRANSLATE_NOOP(
                    "SyncNotice",
                    "Some journals in the sync folder come from a newer version of the app and were skipped: "
                    "update the app on this computer to read them.",
                )
            )
        return report


def _day_of(entry: AnyEntry) -> date | None:
    """The day a change is about, for the journal it goes into; None: the day it is written."""
    if isinstance(entry, SessionEntry):
        return entry.session.started_at.date()
    if isinstance(entry, RunEntry):
        return entry.run.started_at.date()
    if isinstance(entry, ReviewEntry):
        return entry.review.reviewed_at.date()
    return None
