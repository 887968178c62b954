"""Type-ahead search over points by code, pinyin, characters, English name and symptom."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from acupressure_desktop.catalog.models import Catalog, Point, Symptom

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case, drop tone marks and accents, keep only letters and digits: 'Hé Gǔ' -> 'hegu'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_ALNUM.sub("", plain.casefold())


@dataclass(frozen=True)
class SearchHit:
    """A point that matches a query, and why."""

    point: Point
    score: int
    reason: str
    symptom: Symptom | None = None  # set when the point was found through a symptom


@dataclass(frozen=True)
class SearchResult:
    """What a query finds: symptoms it names (whose red flags come first), points, and what was left out."""

    symptoms: tuple[Symptom, ...]
    hits: tuple[SearchHit, ...]
    left_out: tuple[Point, ...] = ()


@dataclass(frozen=True)
class _Entry:
    point: Point
    code: str
    other_codes: tuple[str, ...]
    pinyin: str
    english_words: tuple[str, ...]
    english: str


class PointSearch:
    """An index over a catalog, built once; ``find`` answers each keystroke."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        # Built at the first keystroke, not at start-up: folding every name of the atlas takes time.
        self._index: tuple[list[_Entry], list[tuple[Symptom, tuple[str, ...]]]] | None = None

    def _built(self) -> tuple[list[_Entry], list[tuple[Symptom, tuple[str, ...]]]]:
        if self._index is not None:
            return self._index
        catalog = self._catalog
        entries = [
            _Entry(
                point=p,
                code=fold(p.code),
                other_codes=tuple(fold(o.code) for o in p.other_codes),
                pinyin=fold(p.pinyin_plain),
                english_words=tuple(fold(w) for w in p.english.split()),
                english=fold(p.english),
            )
            for p in catalog.points
        ]
        symptom_terms = [
            (symptom, tuple({fold(t) for t in (symptom.name, *symptom.synonyms)} - {""}))
            for symptom in catalog.symptoms
        ]
        self._index = (entries, symptom_terms)
        return self._index

    def find(self, query: str, limit: int = 12) -> list[SearchHit]:
        """Best matches first; an empty or blank query finds nothing."""
        return list(self.search(query, limit).hits)

    def search(self, query: str, limit: int = 12, not_suggested: frozenset[str] = frozenset()) -> SearchResult:
        """Points and symptoms matching ``query``; points in ``not_suggested`` are found by name or
        code but never offered for a symptom (they are listed in ``left_out`` instead)."""
        raw = query.strip()
        key = fold(raw)
        if not raw:
            return SearchResult((), ())
        entries, symptom_terms = self._built()
        best: dict[str, SearchHit] = {}
        symptoms: dict[str, tuple[int, Symptom]] = {}
        left_out: dict[str, Point] = {}

        def offer(point: Point, score: int, reason: str, symptom: Symptom | None = None) -> None:
            current = best.get(point.code)
            if current is None or score > current.score:
                best[point.code] = SearchHit(point, score, reason, symptom)

        for entry in entries:
            point = entry.point
            if key:
                if entry.code == key:
                    offer(point, 100, "code")
                elif entry.code.startswith(key):
                    offer(point, 90, "code")
                if key in entry.other_codes:
                    offer(point, 95, "other code")
                if entry.pinyin == key:
                    offer(point, 85, "pinyin name")
                elif len(key) >= 2 and entry.pinyin.startswith(key):
                    offer(point, 80, "pinyin name")
                if entry.english == key:
                    offer(point, 75, "English name")
                elif len(key) >= 2 and any(w.startswith(key) for w in entry.english_words):
                    offer(point, 70, "English name")
                elif len(key) >= 3 and key in entry.english:
                    offer(point, 60, "English name")
            if _has_han(raw):
                for characters in (point.characters, point.characters_traditional):
                    if raw in characters:
                        offer(point, 95 if raw == characters else 80, "Chinese name")

        if len(key) >= 3:
            for symptom, terms in symptom_terms:
                score = 0
                if key in terms:
                    score = 55
                elif any(t.startswith(key) for t in terms):
                    score = 50
                elif any(key in t for t in terms):
                    score = 40
                if score:
                    symptoms[symptom.id] = (score, symptom)
                    for point in self._catalog.points_for(symptom.id):
                        if point.code in not_suggested:
                            left_out[point.code] = point
                        else:
                            offer(point, score, f"used for {symptom.name.lower()}", symptom)

        order = {p.code: i for i, p in enumerate(self._catalog.points)}
        hits = sorted(best.values(), key=lambda h: (-h.score, order[h.point.code]))
        named = tuple(s for _score, s in sorted(symptoms.values(), key=lambda pair: -pair[0]))
        dropped = tuple(p for code, p in left_out.items() if code not in best)
        return SearchResult(named, tuple(hits[:limit]), dropped)


def _has_han(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)
