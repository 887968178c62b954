"""Safety as data: the health conditions a user may tick, cautions tied to them, and the guide.

Cautions say which conditions they concern and what the app does about them, so the widgets only
show what the data decides: a note first in the panel, a confirmation before each session, gentle
pressure, or (pregnancy) leaving a point out of suggestions.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PREGNANCY = "pregnancy"
# Text that speaks of pregnancy must be tied to the pregnancy condition, or the app could not act on it.
_MENTIONS_PREGNANCY = re.compile(r"pregnan", re.IGNORECASE)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ConditionId = Annotated[str, StringConstraints(pattern=SLUG, max_length=60)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CautionAction(StrEnum):
    """What the app does when a caution concerns one of the user's conditions."""

    NOTE = "note"  # shown first, marked as applying to the user
    CONFIRM = "confirm"  # also asks "I have talked to my doctor about this" before every session
    AVOID = "avoid"  # confirm, and the point is left out of suggestions and routines
    GENTLE = "gentle"  # sessions use gentle pressure and say why


class Caution(_Frozen):
    """A caution about a point, a way of pressing or a mat; ``conditions`` empty means everyone."""

    text: Text
    conditions: tuple[ConditionId, ...] = ()
    action: CautionAction = CautionAction.NOTE

    @model_validator(mode="after")
    def _acts_only_on_conditions(self) -> Caution:
        if self.action is not CautionAction.NOTE and not self.conditions:
            raise ValueError(f"a caution with action {self.action.value!r} must name the conditions it concerns")
        if _MENTIONS_PREGNANCY.search(self.text) and PREGNANCY not in self.conditions:
            raise ValueError("the text speaks of pregnancy, so 'pregnancy' must be one of its conditions")
        return self

    @property
    def pregnancy(self) -> bool:
        return PREGNANCY in self.conditions

    def concerns(self, conditions: frozenset[str]) -> bool:
        """Whether this caution applies to someone with ``conditions`` (general ones apply to all)."""
        return not self.conditions or bool(conditions.intersection(self.conditions))


class Condition(_Frozen):
    """A health condition the safety screen asks about."""

    id: ConditionId
    name: ShortText  # short, for caution headings: "Pregnancy"
    label: ShortText  # the checkbox: "I am pregnant or may be pregnant"
    why: Text
    doctor_first: bool = True


class CautionScope(_Frozen):
    """What a general caution covers: some or all points, the ways of pressing, mats."""

    points: tuple[str, ...] | None = None  # None: every point
    views: tuple[str, ...] = ()  # or: every point shown on these diagrams
    sessions: bool = True
    mats: bool = False


class CautionRule(_Frozen):
    """A caution that covers many points (or all sessions, or mats) at once."""

    id: ConditionId
    caution: Caution
    scope: CautionScope = CautionScope()

    def covers(self, code: str, views: tuple[str, ...]) -> bool:
        if self.scope.points is None and not self.scope.views:
            return self.scope.sessions
        return code in (self.scope.points or ()) or any(v in self.scope.views for v in views)


class SafetyGuide(_Frozen):
    """The safety screen's content and the general caution rules."""

    intro: tuple[Text, ...] = Field(min_length=1)
    conditions: tuple[Condition, ...] = Field(min_length=1)
    never_press: tuple[ShortText, ...] = Field(min_length=1)
    stop_if: tuple[ShortText, ...] = Field(min_length=1)
    see_doctor: tuple[Text, ...] = Field(min_length=1)
    rules: tuple[CautionRule, ...] = ()

    def names(self, condition_ids: tuple[str, ...]) -> str:
        """The conditions' short names joined for a heading: "Easy bruising, Blood thinners"."""
        known = {c.id: c.name for c in self.conditions}
        return ", ".join(known.get(i, i) for i in condition_ids)

    def condition(self, condition_id: str) -> Condition:
        for condition in self.conditions:
            if condition.id == condition_id:
                return condition
        raise KeyError(condition_id)

    @property
    def condition_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.conditions)


class GuideSection(_Frozen):
    """One section of the how-to-practise guide."""

    title: ShortText
    paragraphs: tuple[Text, ...] = ()
    steps: tuple[Text, ...] = ()


class PracticeGuide(_Frozen):
    """The "how to practise" guide shown under Help."""

    title: ShortText
    sections: tuple[GuideSection, ...] = Field(min_length=1)
