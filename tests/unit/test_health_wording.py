"""Health text describes traditional use and never promises: no "cure", "guaranteed", "treats"."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

from acupressure_desktop.resources import resource_root

SOURCE = Path(__file__).resolve().parents[2] / "src" / "acupressure_desktop"
# Promises the app must never make, in any form of the word.
PROMISES = re.compile(
    r"\b(cur(e|es|ed|ing)|guarantee(s|d)?|treats|heal(s|ed|ing)?|miracle|remed(y|ies)|proven)\b", re.IGNORECASE
)


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def catalog_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((resource_root() / "catalog").rglob("*.json")):
        for text in strings_in(json.loads(path.read_text(encoding="utf-8"))):
            yield path.name, text


def ui_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path.name, node.value


def test_the_catalog_promises_nothing() -> None:
    found = [(name, text) for name, text in catalog_texts() if PROMISES.search(text)]
    assert found == []


def test_the_app_s_own_words_promise_nothing() -> None:
    found = [(name, text) for name, text in ui_texts() if PROMISES.search(text)]
    assert found == []


def test_the_scan_would_catch_a_promise() -> None:
    assert PROMISES.search("This point cures headaches.")
    assert PROMISES.search("Guaranteed relief")
    assert PROMISES.search("LI4 treats pain")
    assert not PROMISES.search("Traditionally used for headaches; keep your hands secure.")
