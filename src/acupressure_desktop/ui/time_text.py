"""How practice time reads everywhere in the app: m:ss, and a session's pressing phases, planned and done."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from acupressure_desktop.history import SessionRecord
from acupressure_desktop.practice.phases import PHASE_TITLES
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.words import in_language

SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("Sides", "left"),
    "right": QT_TRANSLATE_NOOP("Sides", "right"),
    "center": QT_TRANSLATE_NOOP("Sides", "centre"),
}


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, the one way the app writes a length of time."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def side_name(side: str) -> str:
    """A side of the body ("left", "right", "center") in the interface's words."""
    return in_language(SIDE_NAMES[side]) if side in SIDE_NAMES else side


def phase_name(kind: str) -> str:
    """A phase's title, by its kind's value, in the interface's words."""
    titles = {phase_kind.value: title for phase_kind, title in PHASE_TITLES.items()}
    return in_language(titles[kind]) if kind in titles else kind


def phase_table(record: SessionRecord) -> str:
    """The pressing phases, planned and done, so a phase cut short is plain to see (HTML table)."""
    cut_short = record.cut_short
    rows = []
    for p in record.pressing_phases:
        if p.side in ("left", "right"):
            what = QCoreApplication.translate("PhaseTable", "{phase} ({side})").format(
                phase=phase_name(p.kind), side=side_name(p.side)
            )
        else:
            what = phase_name(p.kind)
        done = QCoreApplication.translate("PhaseTable", "{done} of {planned}").format(
            done=clock_text(p.actual_s), planned=clock_text(p.planned_s)
        )
        mark = QCoreApplication.translate("PhaseTable", "cut short") if p in cut_short else "✓"
        rows.append(f"<tr><td>{escape(what)}</td><td align='right'>&nbsp;{done}</td><td>&nbsp;{mark}</td></tr>")
    return f"<table cellspacing='2'>{''.join(rows)}</table>"
