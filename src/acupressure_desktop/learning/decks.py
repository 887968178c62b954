"""Decks to learn from: the article's eight, the self-care points, a channel, a body region, a routine, your own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.browsing import region_of
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.routines import Routine
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

# The eight points the source article suggests trying on yourself, in its order.
STARTER_POINTS = ("GB20", "GB21", "LI4", "LR3", "PC6", "TE3", "SP6", "ST36")


@dataclass(frozen=True)
class Deck:
    """A named set of points; each quiz mode makes its own cards from them."""

    id: str
    title: str
    codes: tuple[str, ...]

    def keys(self, mode: QuizMode) -> list[str]:
        return [CardKey(mode=mode, point_code=code).text for code in self.codes]


def standard_decks(catalog: Catalog) -> list[Deck]:
    """The decks every user has: the article's eight, all self-care points, each channel, each region."""
    self_care = [p.code for p in catalog.self_care_points()]
    decks = [
        Deck("starter", QT_TRANSLATE_NOOP("Deck", "The eight classic points"), STARTER_POINTS),
        Deck("self-care", QT_TRANSLATE_NOOP("Deck", "All self-care points"), tuple(self_care)),
    ]
    for channel in catalog.channels:
        codes = tuple(p.code for p in catalog.channel_points(channel.code))
        decks.append(Deck(f"channel:{channel.code}", channel.label, codes))
    regions: dict[str, list[str]] = {}
    for point in catalog.self_care_points():
        regions.setdefault(region_of(catalog, point), []).append(point.code)
    decks += [
        Deck(
            f"region:{name}", QT_TRANSLATE_NOOP("Deck", "Self-care points: {region}").filled(region=name), tuple(codes)
        )
        for name, codes in regions.items()
    ]
    return decks


def routine_deck(routine: Routine) -> Deck:
    return Deck(
        f"routine:{routine.id}",
        QT_TRANSLATE_NOOP("Deck", "Routine: {name}").filled(name=routine.name),
        tuple(dict.fromkeys(s.point_code for s in routine.steps)),
    )


def practised_deck(codes: Iterable[str]) -> Deck:
    """The points the user has practised, most recent first."""
    return Deck("practised", QT_TRANSLATE_NOOP("Deck", "Points you have practised"), tuple(dict.fromkeys(codes)))
