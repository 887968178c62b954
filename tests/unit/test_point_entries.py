"""Self-care points carry their whole guidance; reference entries carry none, and say why when not to press."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.resources import resource_root

GUIDANCE = ("summary", "how_to_find", "how_to_press", "uses")


def shipped(code: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resource_root() / f"catalog/points/{code}.json").read_text(encoding="utf-8"))
    data["placements"] = [{"view": "palm", "x": 1, "y": 1, "side": "right"}]
    return data


def reference_entry(code: str = "PC6", **changes: Any) -> dict[str, Any]:
    data = {k: v for k, v in shipped(code).items() if k not in GUIDANCE}
    data.update(changes)
    return data


def test_a_reference_entry_needs_no_guidance_and_offers_no_session() -> None:
    point = Point.model_validate(reference_entry())
    assert not point.is_self_care
    # Without a summary, the first sentence of where it is stands in (status bar, search tooltips).
    assert point.brief.startswith("On the palm side of the forearm, 2 cun above the wrist crease")
    assert point.brief.endswith("muscles.")


@pytest.mark.parametrize("missing", GUIDANCE)
def test_half_a_self_care_guide_is_refused(missing: str) -> None:
    data = shipped("PC6")
    del data[missing]
    with pytest.raises(ValidationError, match="self-care point has a summary"):
        Point.model_validate(data)


def test_a_point_not_to_press_cannot_carry_a_guide_to_press_it() -> None:
    with pytest.raises(ValidationError, match="not for pressing oneself"):
        Point.model_validate({**shipped("PC6"), "reference_only": "It lies over a large artery."})


def test_a_reference_only_point_keeps_its_reason() -> None:
    point = Point.model_validate(reference_entry(reference_only="It lies over a large artery."))
    assert point.reference_only == "It lies over a large artery."
    assert not point.is_self_care


def test_every_self_care_point_is_one_a_session_can_use(catalog: Catalog) -> None:
    assert catalog.self_care_points()
    for point in catalog.self_care_points():
        assert point.reference_only is None
        assert point.summary and point.how_to_find and point.uses, point.code
