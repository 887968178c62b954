"""A card turned into a question: the prompt, the view, and for the choosing modes four options."""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from acupressure_desktop.catalog import Catalog, Placement, Point
from acupressure_desktop.learning.cards import CardKey, QuizMode
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

OPTIONS = 4


class Naming(StrEnum):
    """How options name a point (a setting): by code, pinyin, English, or all three."""

    FULL = "full"
    CODE = "code"
    PINYIN = "pinyin"
    ENGLISH = "english"


def point_name(point: Point, naming: Naming) -> str:
    return {
        Naming.CODE: point.code,
        Naming.PINYIN: point.pinyin,
        Naming.ENGLISH: point.english,
        Naming.FULL: f"{point.code} {point.pinyin} · {point.english}",
    }[naming]


@dataclass(frozen=True)
class Question:
    """What the quiz asks for one card. ``options`` (point codes, the answer among them) for the choosing modes."""

    key: str
    mode: QuizMode
    point_code: str
    prompt: str
    view_id: str
    spot: Placement | None = None  # the spot shown (Recognise)
    options: tuple[str, ...] = ()
    symptom: str | None = None  # the complaint asked about (What is it for)


def study_view(point: Point, catalog: Catalog) -> str:
    """The closest region view that shows the point (the whole body only if nothing closer does)."""
    close = [view for view in point.views() if not catalog.view(view).overview]
    return close[0] if close else point.views()[0]


def make_question(
    catalog: Catalog, key: CardKey, avoided: frozenset[str], rng: random.Random, naming: Naming = Naming.FULL
) -> Question | None:
    """The question for ``key``; None when it cannot be asked (What is it for about a point to avoid)."""
    point = catalog.point(key.point_code)
    view_id = study_view(point, catalog)
    if key.mode is QuizMode.LOCATE:
        prompt = QT_TRANSLATE_NOOP("Question", "Where is {point}? Click it on the body.").filled(
            point=point_name(point, Naming.FULL)
        )
        return Question(key.text, key.mode, point.code, prompt, view_id)
    if key.mode is QuizMode.RECOGNISE:
        shown = [p for p in point.placements if p.view == view_id and not p.mirrored and p.part == 0]
        spot = next((p for p in shown if p.side.value in ("right", "center")), shown[0])
        others = [p.code for p in catalog.points_on(view_id) if p.code != point.code]
        return Question(
            key.text,
            key.mode,
            point.code,
            QT_TRANSLATE_NOOP("Question", "Which point is this?"),
            view_id,
            spot,
            _options(point.code, others, rng),
        )
    if point.code in avoided or not point.is_self_care:
        return None  # never offered as the answer for a complaint the user's safety answers rule out
    uses = [use.symptom for use in point.uses if not catalog.symptom(use.symptom).pregnancy_only]
    if not uses:
        return None
    symptom = rng.choice(uses)
    others = [
        p.code
        for p in catalog.self_care_points()
        if p.code not in avoided and all(use.symptom != symptom for use in p.uses)
    ]
    prompt = QT_TRANSLATE_NOOP("Question", "Which point is traditionally used for {symptom}?").filled(
        symptom=catalog.symptom(symptom).name.lower()
    )
    return Question(key.text, key.mode, point.code, prompt, view_id, None, _options(point.code, others, rng), symptom)


def _options(answer: str, others: list[str], rng: random.Random) -> tuple[str, ...]:
    chosen = [*rng.sample(others, min(OPTIONS - 1, len(others))), answer]
    rng.shuffle(chosen)
    return tuple(chosen)
