"""How practice time reads everywhere in the app: m:ss, and a session's pressing phases, planned and done."""

from __future__ import annotations

from html import escape

from acupressure_desktop.history import SessionRecord
from acupressure_desktop.practice.phases import PHASE_TITLES

SIDE_WORDS = {"left": "Left", "right": "Right", "center": ""}


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, the one way the app writes a length of time."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def phase_table(record: SessionRecord) -> str:
    """The pressing phases, planned and done, so a phase cut short is plain to see (HTML table)."""
    titles = {kind.value: title for kind, title in PHASE_TITLES.items()}
    cut_short = record.cut_short
    rows = "".join(
        f"<tr><td>{SIDE_WORDS.get(p.side, '')} {escape(titles.get(p.kind, p.kind))}</td>"
        f"<td align='right'>&nbsp;{clock_text(p.actual_s)} of {clock_text(p.planned_s)}</td>"
        f"<td>&nbsp;{'cut short' if p in cut_short else '✓'}</td></tr>"
        for p in record.pressing_phases
    )
    return f"<table cellspacing='2'>{rows}</table>"
