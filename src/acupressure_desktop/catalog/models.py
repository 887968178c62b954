"""Pydantic models of the catalog: what a point, a symptom and a diagram view are."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    field_validator,
    model_validator,
)

from acupressure_desktop.catalog.atlas.geometry import Shows
from acupressure_desktop.catalog.atlas.placing import SIDES_OF, PointRecipe
from acupressure_desktop.catalog.atlas.recipes import Recipe
from acupressure_desktop.catalog.channels import Channel
from acupressure_desktop.catalog.safety import Caution, CautionAction, PracticeGuide, SafetyGuide

# WHO codes such as LI4, GV20, TE3; extra points use the WHO extra-point codes (EX-HN3).
POINT_CODE = re.compile(r"^(?:(?:LU|LI|ST|SP|HT|SI|BL|KI|PC|TE|GB|LR|GV|CV)[1-9]\d?|EX-(?:HN|CA|B|UE|LE)\d{1,2})$")
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Slug = Annotated[str, StringConstraints(pattern=SLUG, max_length=60)]
ViewId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:_[a-z0-9]+)*$", max_length=60)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Laterality(StrEnum):
    """Whether a point exists on both sides of the body, once on the midline, or on one side only."""

    BILATERAL = "bilateral"
    MIDLINE = "midline"
    # A few extra points are one of a pair under another name (Jinjin left, Yuye right).
    LEFT_ONLY = "left_only"
    RIGHT_ONLY = "right_only"


class Side(StrEnum):
    """Which side of the person a placement marks."""

    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


class Symptom(_Frozen):
    """Something a person may want help with, with the words they might use for it."""

    id: Slug
    name: ShortText
    synonyms: tuple[ShortText, ...] = ()
    description: Text | None = None
    # Signs that call for a doctor or emergency services instead; shown before any point.
    red_flags: tuple[Text, ...] = Field(min_length=1)
    # Only pregnant people have it (morning sickness): no point avoided in pregnancy may serve it.
    pregnancy_only: bool = False
    # The best-known points for it, best first: offered before the others that serve it.
    key_points: tuple[str, ...] = ()


class PressGuide(_Frozen):
    """How to press a point."""

    finger: Text
    direction: Text
    pressure: Text
    posture: Text


class TraditionalUse(_Frozen):
    """A traditional use of a point, linked to a symptom."""

    symptom: Slug
    note: Text


class Placement(_Frozen):
    """Where a point sits on one diagram, in that SVG's viewBox units, worked out from its recipe.

    ``mirrored`` placements belong to the side a one-side view does not draw: they are shown on
    the mirror image of the drawing, at the mirror image of ``x``.
    """

    view: ViewId
    x: float = Field(allow_inf_nan=False)
    y: float = Field(allow_inf_nan=False)
    side: Side
    mirrored: bool = False
    # Which of the point's spots: 0 the one its recipe places, n its n-th further spot.
    part: int = Field(0, ge=0, le=40)


class FurtherSpot(_Frozen):
    """One more spot of a point that has several (the four of Sishencong, the levels of Jiaji)."""

    label: ShortText
    recipe: Recipe


class OtherCode(_Frozen):
    """A code another standard gives the same point (Yintang is GV29 in China's national standard)."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{1,4}-?[A-Z]*\d{1,3}$", max_length=12)]
    standard: ShortText


class Point(_Frozen):
    """An acupressure point and everything the app tells the user about it.

    Every point has its names, where it is and how the standard places it. A self-care point also
    has the guidance a session needs (summary, how to find and press it, its traditional uses); a
    reference entry has none, and ``reference_only`` says why a point is not for pressing oneself.
    """

    code: str
    pinyin: ShortText
    pinyin_plain: Annotated[str, StringConstraints(pattern=r"^[A-Z][a-z]+$")]
    characters: Annotated[str, StringConstraints(min_length=1, max_length=8)]
    characters_traditional: Annotated[str, StringConstraints(min_length=1, max_length=8)]
    english: ShortText
    channel: ShortText
    laterality: Laterality
    other_codes: tuple[OtherCode, ...] = ()
    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=140)] | None = None
    location: Text
    how_to_find: tuple[Text, ...] = Field((), max_length=6)
    how_to_press: PressGuide | None = None
    uses: tuple[TraditionalUse, ...] = ()
    cautions: tuple[Caution, ...] = ()
    # Why this point is shown and explained but never offered for pressing oneself.
    reference_only: Text | None = None
    # Where the standard puts it, in its own terms; the placements are worked out from it.
    recipe: Recipe
    # A point of several spots: what the recipe's spot is called, and the other spots.
    recipe_label: ShortText | None = None
    spots: tuple[FurtherSpot, ...] = Field((), max_length=40)
    placements: tuple[Placement, ...] = Field(min_length=1)

    @field_validator("code")
    @classmethod
    def _code_is_who_style(cls, value: str) -> str:
        if not POINT_CODE.match(value):
            raise ValueError(f"{value!r} is not a standard point code such as 'LI4' or 'EX-HN3'")
        return value

    @model_validator(mode="after")
    def _guidance_is_whole_or_absent(self) -> Point:
        guided = (self.summary is not None, bool(self.how_to_find), self.how_to_press is not None, bool(self.uses))
        if any(guided) and not all(guided):
            raise ValueError(
                "a self-care point has a summary, how_to_find, how_to_press and uses; a reference entry none"
            )
        if self.reference_only is not None and self.how_to_press is not None:
            raise ValueError("a point not for pressing oneself has no self-care guidance")
        return self

    @model_validator(mode="after")
    def _spots_are_named(self) -> Point:
        if bool(self.spots) != (self.recipe_label is not None):
            raise ValueError("a point of several spots names its recipe's spot (recipe_label), and only such a point")
        return self

    @model_validator(mode="after")
    def _sides_match_laterality(self) -> Point:
        for placement in self.placements:
            if placement.side.value not in self.sides:
                raise ValueError(
                    f"placement on {placement.view!r} has side {placement.side.value!r}, "
                    f"which does not fit a {self.laterality.value} point"
                )
            if placement.part > len(self.spots):
                raise ValueError(f"placement on {placement.view!r} is of spot {placement.part}, which it does not have")
        return self

    @property
    def channel_label(self) -> str:
        """ "Lung channel"; an extra point belongs to none of the fourteen."""
        return "Extra point, on none of the fourteen channels" if self.channel == "Extra" else f"{self.channel} channel"

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides of the person the point is on."""
        return SIDES_OF[self.laterality.value]

    def spot_label(self, part: int) -> str | None:
        """The name of one of a point's several spots; None for a point of one spot."""
        if not self.spots:
            return None
        return self.recipe_label if part == 0 else self.spots[part - 1].label

    def placing_recipe(self) -> PointRecipe:
        """What the atlas needs to place this point."""
        return PointRecipe(self.code, self.recipe, self.sides, tuple(s.recipe for s in self.spots))

    @property
    def is_bilateral(self) -> bool:
        return self.laterality is Laterality.BILATERAL

    @property
    def is_self_care(self) -> bool:
        """Whether the app guides a session on this point."""
        return self.how_to_press is not None

    @property
    def brief(self) -> str:
        """One line about the point: its summary, or the first sentence of where it is."""
        return self.summary or self.location.split(". ")[0].rstrip(".") + "."

    @property
    def symptom_ids(self) -> tuple[str, ...]:
        return tuple(use.symptom for use in self.uses)

    def views(self) -> tuple[str, ...]:
        """The diagram views this point appears on, in the order of its placements, without repeats."""
        return tuple(dict.fromkeys(p.view for p in self.placements))


class DiagramView(_Frozen):
    """One body diagram: an SVG file and how the app presents it.

    ``shows`` is the side a one-side view draws (the other is its mirror image) or ``both``;
    on a view of both sides, ``person_right_on`` says on which side of the picture the person's
    right is (the viewer's left in a front view).
    """

    id: ViewId
    title: ShortText
    file: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+\.svg$")]
    outline_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z][\w-]*$")] = "outline"
    description: ShortText | None = None
    # The part of the body the view is of, to browse points by region ("Arm and hand").
    region: ShortText
    # A view of the whole body, to find one's way; a point is browsed under a closer view's region.
    overview: bool = False
    shows: Shows
    person_right_on: Literal["left", "right"] | None = None

    @model_validator(mode="after")
    def _sides_are_said(self) -> DiagramView:
        if (self.shows is Shows.BOTH) != (self.person_right_on is not None):
            raise ValueError("a view of both sides says where the person's right is, and only such a view")
        return self

    @property
    def one_side(self) -> bool:
        return self.shows is not Shows.BOTH


class Catalog(_Frozen):
    """Everything the catalog holds, with lookups. Built only by the loader, after all checks pass."""

    points: tuple[Point, ...]
    symptoms: tuple[Symptom, ...]
    views: tuple[DiagramView, ...]
    channels: tuple[Channel, ...]
    safety: SafetyGuide
    guide: PracticeGuide

    _by_code: dict[str, Point] = PrivateAttr(default_factory=dict)
    _symptom_by_id: dict[str, Symptom] = PrivateAttr(default_factory=dict)
    _view_by_id: dict[str, DiagramView] = PrivateAttr(default_factory=dict)
    _rules_by_target: dict[tuple[str, str], list[int]] = PrivateAttr(default_factory=dict)
    _cautions: dict[str, tuple[Caution, ...]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        self._by_code = {p.code: p for p in self.points}
        self._symptom_by_id = {s.id: s for s in self.symptoms}
        self._view_by_id = {v.id: v for v in self.views}

    def point(self, code: str) -> Point:
        """The point with this code; ``KeyError`` if there is none."""
        return self._by_code[code]

    def symptom(self, symptom_id: str) -> Symptom:
        """The symptom with this id; ``KeyError`` if there is none."""
        return self._symptom_by_id[symptom_id]

    def channel(self, code: str) -> Channel:
        """The channel with this code (LI); ``KeyError`` if there is none."""
        found = next((c for c in self.channels if c.code == code), None)
        if found is None:
            raise KeyError(code)
        return found

    def channel_points(self, code: str) -> tuple[Point, ...]:
        """A channel's points in number order (LI1 to LI20)."""
        return tuple(p for p in self.points if p.code.rstrip("0123456789") == code)

    def view(self, view_id: str) -> DiagramView:
        """The diagram view with this id; ``KeyError`` if there is none."""
        return self._view_by_id[view_id]

    def has_point(self, code: str) -> bool:
        return code in self._by_code

    def self_care_points(self) -> tuple[Point, ...]:
        """The points the app guides sessions on, in channel order."""
        return tuple(p for p in self.points if p.is_self_care)

    def points_on(self, view_id: str) -> tuple[Point, ...]:
        return tuple(p for p in self.points if view_id in p.views())

    def points_for(self, symptom_id: str) -> tuple[Point, ...]:
        return tuple(p for p in self.points if symptom_id in p.symptom_ids)

    def point_cautions(self, point: Point) -> tuple[Caution, ...]:
        """What everyone reads about the point: its own cautions, then the rules that name it."""
        if not self._rules_by_target:
            self._index_rules()
        named = self._rules_by_target.get(("point", point.code), ())
        return point.cautions + tuple(self.safety.rules[i].caution for i in named)

    def avoided_in_pregnancy(self, point: Point) -> bool:
        """Whether tradition leaves the point alone in pregnancy (its own caution or a rule says so)."""
        return any(c.pregnancy and c.action is CautionAction.AVOID for c in self.cautions_for(point))

    def cautions_for(self, point: Point) -> tuple[Caution, ...]:
        """The point's own cautions, then the general rules that cover it."""
        found = self._cautions.get(point.code)
        if found is None:
            # Asked for every point at start-up (which to suggest): index the rules once.
            if not self._rules_by_target:
                self._index_rules()
            views = point.views()
            chosen = set(self._rules_by_target.get(("", ""), ()))
            chosen.update(self._rules_by_target.get(("point", point.code), ()))
            for view in views:
                chosen.update(self._rules_by_target.get(("view", view), ()))
            found = point.cautions + tuple(self.safety.rules[i].caution for i in sorted(chosen))
            self._cautions[point.code] = found
        return found

    def _index_rules(self) -> None:
        index: dict[tuple[str, str], list[int]] = {("", ""): []}
        for number, rule in enumerate(self.safety.rules):
            targets = [("point", code) for code in rule.scope.points or ()]
            targets += [("view", view) for view in rule.scope.views]
            if rule.scope.points is None and not rule.scope.views and rule.scope.sessions:
                targets = [("", "")]
            for target in targets:
                index.setdefault(target, []).append(number)
        self._rules_by_target = index

    def mat_cautions(self) -> tuple[Caution, ...]:
        return tuple(rule.caution for rule in self.safety.rules if rule.scope.mats)
