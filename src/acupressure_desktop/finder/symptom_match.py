"""Finds the complaints a user means, however they type them: "head ache", "migrane", "cant sleep"."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from acupressure_desktop.catalog import Catalog, Symptom
from acupressure_desktop.catalog.search import fold

# Close enough to count as the same word with a typo or two ("migrane", "nausia").
SIMILAR = 0.8
_SEPARATORS = re.compile(r"\s*(?:,|;|/|\+|&|\band\b)\s*")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _score(query: str, term: str) -> float:
    """1 for the same words, less for a prefix, a part or a near miss; 0 for nothing alike."""
    q, t = _squash(query), _squash(term)
    if not q or not t:
        return 0.0
    if q == t:
        return 1.0
    if len(q) >= 3 and t.startswith(q):
        return 0.9
    if len(q) >= 4 and q in t:
        return 0.85
    ratio = SequenceMatcher(None, q, t).ratio()
    if ratio >= SIMILAR:
        return ratio * 0.9
    # A longer phrase naming the complaint: "a bad headache today".
    if len(t) >= 5 and t in q:
        return 0.8
    return 0.0


def match_symptoms(catalog: Catalog, text: str) -> list[Symptom]:
    """The complaints named in ``text`` (several may be joined by commas or "and"), best first."""
    found: dict[str, tuple[float, int, Symptom]] = {}
    for order, part in enumerate(p for p in _SEPARATORS.split(text) if p.strip()):
        for symptom in catalog.symptoms:
            best = max(_score(part, term) for term in (symptom.name, *symptom.synonyms))
            if best and (symptom.id not in found or best > found[symptom.id][0]):
                found[symptom.id] = (best, order, symptom)
    # In the order the user typed them; within one part, the closest match first.
    ranked = sorted(found.values(), key=lambda entry: (entry[1], -entry[0]))
    best_per_part: dict[int, float] = {}
    for score, order, _symptom in ranked:
        best_per_part.setdefault(order, score)
    # Keep the clear winners of each part: a near miss far below the best is noise.
    return [symptom for score, order, symptom in ranked if score >= best_per_part[order] - 0.05]
