"""A point's location in the standard's own terms: a start, then moves measured in cun."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# A landmark id (snake_case) or a point code (LI4, EX-HN3): a point starts from another point's
# position on the same view and side, as the standard often does ("3 cun below ST35").
Anchor = Annotated[str, Field(pattern=r"^([a-z][a-z0-9_]*(:(left|right))?|[A-Z]{2}(-[A-Z]{1,2})?\d{1,2})$")]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Why = Annotated[str, Field(min_length=3, max_length=200)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Between(_Frozen):
    """A fraction of the way from one anchor to another ("midway between": 0.5)."""

    between: tuple[Anchor, Anchor]
    at: float = Field(0.5, ge=0, le=1)


# The measure to count cun with; where several are given, the first the view can take (a forearm
# view has the 12 cun of the forearm, a hand view only the finger cun).
Measures = Name | tuple[Name, ...]


class Toward(_Frozen):
    """``cun`` cun along the straight line toward a landmark or point."""

    toward: Anchor
    cun: float = Field(ge=-30, le=30)
    measure: Measures
    why: Why | None = None


class Move(_Frozen):
    """``cun`` cun in one of the view's anatomical directions; with ``why``, a named nudge."""

    direction: Name
    cun: float = Field(ge=-30, le=30)
    measure: Measures
    why: Why | None = None


class Along(_Frozen):
    """``cun`` cun along a line that follows the body's curve (the scalp's midline), from where it is."""

    along: Name
    cun: float = Field(ge=-30, le=30)
    measure: Measures


class Onto(_Frozen):
    """Slide along a direction (either way) until on a line: "at the level of ..., on ...".

    With two lines, to the middle between them ("between the tendons of ..."); with ``part``, only
    that share of the way ("in the depression between the malleolus and the tendon": 0.5).
    """

    onto: Name | tuple[Name, Name]
    direction: Name
    part: float = Field(1.0, gt=0, le=1)


class Level(_Frozen):
    """Slide along a direction (either way) until level with an anchor: "at the same level as PC8"."""

    level_with: Anchor
    direction: Name


Step = Toward | Move | Along | Onto | Level


class RecipeForm(_Frozen):
    """Start at an anchor (or between two), then take the steps in order."""

    start: Anchor | Between
    steps: tuple[Step, ...] = ()


class Alternative(RecipeForm):
    """Another way the standard gives to find the same point, for views the first way does not fit.

    ``why`` says where it comes from ("the standard's note: midway between the ear apices");
    ``only_on`` keeps a way of seeing it from one side ("seen from the front") to those views.
    """

    why: Why
    only_on: tuple[Name, ...] = ()

    def fits(self, view: str) -> bool:
        return not self.only_on or view in self.only_on


class Recipe(RecipeForm):
    """How the standard defines a point, and (``otherwise``) its other ways of finding it, tried in order."""

    otherwise: tuple[Alternative, ...] = ()

    def forms(self, view: str | None = None) -> tuple[RecipeForm, ...]:
        """This form first, then the alternatives (those that fit ``view``, if given)."""
        return (self, *(a for a in self.otherwise if view is None or a.fits(view)))

    def names(self) -> set[str]:
        """Every landmark, point and line the recipe names (its other forms too)."""
        named = self.anchors()
        for step in (step for form in self.forms() for step in form.steps):
            if isinstance(step, Onto):
                named |= {step.onto} if isinstance(step.onto, str) else set(step.onto)
            elif isinstance(step, Along):
                named.add(step.along)
        return named

    def anchors(self) -> set[str]:
        """Every landmark or point the recipe (or another of its forms) names, to find what it depends on."""
        named: set[str] = set()
        for form in self.forms():
            named |= set(form.start.between) if isinstance(form.start, Between) else {form.start}
            named |= {step.toward for step in form.steps if isinstance(step, Toward)}
            named |= {step.level_with for step in form.steps if isinstance(step, Level)}
        return named
