"""How a point is pressed: steady pressure or circular massage, with validated bounds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

# One point, one side: never more than three minutes of pressing.
MAX_PRESSING_SECONDS = 180.0
MEDIUM_FIRM = 0.7
# For people who bruise or bleed easily: clearly felt, never enough to leave a mark.
GENTLE = 0.4


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class BreathingPrep(_Model):
    """Slow breaths before pressing: how many, and how long each one takes (in and out)."""

    breaths: int = Field(4, ge=3, le=5, description="slow breaths before pressing")
    seconds_per_breath: float = Field(8.0, ge=4.0, le=15.0, description="one breath in and out")

    @property
    def duration_s(self) -> float:
        return self.breaths * self.seconds_per_breath


class SteadyPressure(_Model):
    """Raise pressure gradually, hold it medium-firm, ease off gradually."""

    kind: Literal["steady"] = "steady"
    breathing: BreathingPrep = BreathingPrep()
    ramp_up_s: float = Field(30.0, ge=10.0, le=60.0, description="raise pressure gradually")
    hold_s: float = Field(120.0, ge=15.0, le=150.0, description="hold medium-firm pressure")
    ease_off_s: float = Field(30.0, ge=10.0, le=60.0, description="ease off gradually")
    hold_level: float = Field(MEDIUM_FIRM, gt=0.0, le=1.0, description="target pressure while holding")

    @model_validator(mode="after")
    def _within_three_minutes(self) -> SteadyPressure:
        total = self.pressing_s
        if total > MAX_PRESSING_SECONDS:
            raise ValueError(
                f"pressing would last {total:g} s per side; keep ramp up, hold and ease off "
                f"within {MAX_PRESSING_SECONDS:g} s (3 minutes) together"
            )
        return self

    @property
    def pressing_s(self) -> float:
        return self.ramp_up_s + self.hold_s + self.ease_off_s

    @property
    def title(self) -> str:
        return QT_TRANSLATE_NOOP("Protocol", "Steady pressure")


class CircularMassage(_Model):
    """Press while making small circles, with a cue for each circle."""

    kind: Literal["circular"] = "circular"
    breathing: BreathingPrep = BreathingPrep()
    massage_s: float = Field(120.0, ge=30.0, le=MAX_PRESSING_SECONDS, description="massage in small circles")
    circles_per_minute: int = Field(30, ge=15, le=60, description="small circles each minute")
    level: float = Field(0.6, gt=0.0, le=1.0, description="target pressure while circling")

    @property
    def pressing_s(self) -> float:
        return self.massage_s

    @property
    def seconds_per_circle(self) -> float:
        return 60.0 / self.circles_per_minute

    @property
    def title(self) -> str:
        return QT_TRANSLATE_NOOP("Protocol", "Circular massage")


class MatPosition(StrEnum):
    """How the user lies, sits or stands on the mat."""

    LIE = "lie"
    SIT = "sit"
    STAND = "stand"


class MatSurface(StrEnum):
    """Bare skin, or through a layer of cloth (where beginners start)."""

    LAYER = "layer"
    BARE = "bare"


MAT_LEVEL = 0.5  # the body's own weight on many small spikes: drawn halfway up the curve


class MatProtocol(_Model):
    """Time on an acupressure mat: settle in, rest, get up slowly."""

    kind: Literal["mat"] = "mat"
    breathing: BreathingPrep = BreathingPrep()
    position: MatPosition = MatPosition.LIE
    surface: MatSurface = MatSurface.LAYER
    minutes: int = Field(10, ge=5, le=30, description="minutes on the mat")

    @property
    def pressing_s(self) -> float:
        return self.minutes * 60.0

    @property
    def title(self) -> str:
        return QT_TRANSLATE_NOOP("Protocol", "Acupressure mat")


Protocol = Annotated[SteadyPressure | CircularMassage, Field(discriminator="kind")]
# What a stored session may have followed: a way of pressing a point, or a mat.
SessionProtocol = Annotated[SteadyPressure | CircularMassage | MatProtocol, Field(discriminator="kind")]
_SESSION_ADAPTER: TypeAdapter[SteadyPressure | CircularMassage | MatProtocol] = TypeAdapter(SessionProtocol)
_PROTOCOL_ADAPTER: TypeAdapter[SteadyPressure | CircularMassage] = TypeAdapter(Protocol)


def parse_protocol(data: Any) -> SteadyPressure | CircularMassage:
    """Validate a protocol from plain data (settings, the database); raises ``ValidationError``."""
    return _PROTOCOL_ADAPTER.validate_python(data)


def parse_session_protocol(data: Any) -> SteadyPressure | CircularMassage | MatProtocol:
    """Like ``parse_protocol``, but a mat session's protocol is accepted too."""
    return _SESSION_ADAPTER.validate_python(data)


def gentle(protocol: SteadyPressure | CircularMassage) -> SteadyPressure | CircularMassage:
    """The same protocol with its pressure lowered to gentle (never raised)."""
    if isinstance(protocol, SteadyPressure):
        return protocol.model_copy(update={"hold_level": min(protocol.hold_level, GENTLE)})
    return protocol.model_copy(update={"level": min(protocol.level, GENTLE)})
