"""What a user's conditions mean for one point, a session or a mat: pure functions over the catalog."""

from __future__ import annotations

from dataclasses import dataclass

from acupressure_desktop.catalog import Catalog, Caution, CautionAction, Point

ASKING = frozenset({CautionAction.CONFIRM, CautionAction.AVOID})


@dataclass(frozen=True)
class SessionAdvice:
    """The cautions that concern this user, those to confirm before starting, and gentle pressure."""

    personal: tuple[Caution, ...]
    to_confirm: tuple[Caution, ...]
    gentle: Caution | None

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.to_confirm)


def _personal(cautions: tuple[Caution, ...], conditions: frozenset[str]) -> tuple[Caution, ...]:
    return tuple(c for c in cautions if c.conditions and conditions.intersection(c.conditions))


def _advice(personal: tuple[Caution, ...]) -> SessionAdvice:
    return SessionAdvice(
        personal=personal,
        to_confirm=tuple(c for c in personal if c.action in ASKING),
        gentle=next((c for c in personal if c.action is CautionAction.GENTLE), None),
    )


def advise(catalog: Catalog, conditions: frozenset[str], point: Point) -> SessionAdvice:
    """Advice for a session on ``point`` for someone with ``conditions``."""
    return _advice(_personal(catalog.cautions_for(point), conditions))


def advise_mat(catalog: Catalog, conditions: frozenset[str]) -> SessionAdvice:
    """Advice for an acupressure-mat session for someone with ``conditions``."""
    return _advice(_personal(catalog.mat_cautions(), conditions))


def suggestible(catalog: Catalog, conditions: frozenset[str], point: Point) -> bool:
    """False when the point is to be left out of suggestions and routines for this user."""
    return not any(c.action is CautionAction.AVOID for c in _personal(catalog.cautions_for(point), conditions))


def not_suggestible(catalog: Catalog, conditions: frozenset[str]) -> frozenset[str]:
    """The codes of every point to leave out of suggestions for someone with ``conditions``."""
    if not conditions:
        return frozenset()  # only a condition can make a point one to avoid
    return frozenset(p.code for p in catalog.points if not suggestible(catalog, conditions, p))


def combined(advices: list[SessionAdvice]) -> SessionAdvice:
    """Advice for several points pressed in one go: every caution once, gentle if any says so."""

    def unique(cautions: list[Caution]) -> tuple[Caution, ...]:
        return tuple(dict.fromkeys(cautions))

    return SessionAdvice(
        personal=unique([c for a in advices for c in a.personal]),
        to_confirm=unique([c for a in advices for c in a.to_confirm]),
        gentle=next((a.gentle for a in advices if a.gentle is not None), None),
    )
