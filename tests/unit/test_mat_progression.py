"""The beginner's mat plan: where it starts, how it grows, when it waits, and when it stops growing."""

from __future__ import annotations

from acupressure_desktop.practice.mat_progression import MatSummary, suggest_next
from acupressure_desktop.practice.protocols import MatSurface

LAYER, BARE = MatSurface.LAYER, MatSurface.BARE


def done(minutes: int, surface: MatSurface = LAYER) -> MatSummary:
    return MatSummary(minutes, float(minutes), surface, True)


def test_a_beginner_starts_with_five_minutes_on_a_layer() -> None:
    first = suggest_next([], target_minutes=15)
    assert (first.minutes, first.surface) == (5, LAYER)
    assert first.label == "Next: 5 min on a layer of cloth"


def test_each_finished_session_adds_a_minute_up_to_the_target() -> None:
    assert suggest_next([done(5)], 15).minutes == 6
    assert suggest_next([done(5), done(6)], 15).minutes == 7
    at_target = suggest_next([done(15, BARE)], 15)
    assert at_target.minutes == 15 and "reached your target" in at_target.reason


def test_a_session_cut_short_holds_the_length_where_it_stopped() -> None:
    short = MatSummary(8, 6.4, LAYER, False)
    suggestion = suggest_next([done(7), short], 15)
    assert suggestion.minutes == 6 and "stopped after 6 min" in suggestion.reason
    assert suggest_next([MatSummary(5, 1.0, LAYER, False)], 15).minutes == 5  # never below the start


def test_bare_skin_is_suggested_only_after_three_comfortable_longer_sessions() -> None:
    assert suggest_next([done(9), done(10), done(11)], 20).surface is LAYER
    moved = suggest_next([done(10), done(11), done(12)], 20)
    assert moved.surface is BARE and "bare skin" in moved.reason
    assert suggest_next([done(12, BARE), MatSummary(13, 13, BARE, True)], 20).surface is BARE


def test_an_absurd_target_is_kept_within_five_to_thirty_minutes() -> None:
    assert suggest_next([done(30, BARE)], 90).minutes == 30
    assert suggest_next([], 1).minutes == 5
