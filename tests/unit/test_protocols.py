import pytest
from pydantic import ValidationError

from acupressure_desktop.practice import (
    MAX_PRESSING_SECONDS,
    BreathingPrep,
    CircularMassage,
    SteadyPressure,
    parse_protocol,
)


def test_the_defaults_follow_the_30_120_30_pattern() -> None:
    steady = SteadyPressure()
    assert (steady.ramp_up_s, steady.hold_s, steady.ease_off_s) == (30, 120, 30)
    assert steady.pressing_s == MAX_PRESSING_SECONDS
    assert 3 <= steady.breathing.breaths <= 5


def test_pressing_can_never_exceed_three_minutes_per_side() -> None:
    with pytest.raises(ValidationError, match="within 180 s"):
        SteadyPressure(ramp_up_s=40, hold_s=120, ease_off_s=30)
    assert SteadyPressure(ramp_up_s=20, hold_s=130, ease_off_s=30).pressing_s == 180


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ramp_up_s", 5),
        ("ramp_up_s", 61),
        ("hold_s", 10),
        ("hold_s", 151),
        ("ease_off_s", 0),
        ("hold_level", 0),
        ("hold_level", 1.5),
    ],
)
def test_steady_pressure_bounds(field: str, value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        SteadyPressure(**{field: value})
    assert caught.value.errors()[0]["loc"] == (field,)


@pytest.mark.parametrize(("field", "value"), [("breaths", 2), ("breaths", 6), ("seconds_per_breath", 3)])
def test_breathing_takes_three_to_five_slow_breaths(field: str, value: float) -> None:
    with pytest.raises(ValidationError):
        BreathingPrep(**{field: value})


@pytest.mark.parametrize(
    ("field", "value"), [("massage_s", 181), ("massage_s", 10), ("circles_per_minute", 5), ("level", -0.1)]
)
def test_circular_massage_bounds(field: str, value: float) -> None:
    with pytest.raises(ValidationError):
        CircularMassage(**{field: value})


def test_unknown_fields_and_kinds_are_rejected() -> None:
    with pytest.raises(ValidationError):
        SteadyPressure(colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        parse_protocol({"kind": "tapping"})


def test_protocols_round_trip_through_plain_data() -> None:
    for protocol in (SteadyPressure(hold_s=90), CircularMassage(circles_per_minute=40)):
        assert parse_protocol(protocol.model_dump()) == protocol
