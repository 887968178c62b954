"""A broken catalog is reported by file, item and field, never as a bare traceback."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from acupressure_desktop.catalog import CatalogError, Problem, load_catalog
from acupressure_desktop.catalog.geometry_checks import geometry_problems

JsonEdit = Callable[[dict[str, Any]], None]


def edit_json(path: Path, change: JsonEdit) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def problems_of(root: Path) -> list[Problem]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(root)
    return caught.value.problems


def test_the_untouched_copy_loads(resource_copy: Path) -> None:
    assert load_catalog(resource_copy).points


def test_an_unknown_field_names_the_file_item_and_field(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/LI4.json", lambda d: d.update(colour="red"))
    [problem] = problems_of(resource_copy)
    assert (problem.file, problem.item, problem.field) == ("catalog/points/LI4.json", "LI4", "colour")
    assert "Extra inputs" in problem.message


def test_a_bad_code_is_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/LI4.json", lambda d: d.update(code="XX99"))
    problems = problems_of(resource_copy)
    assert any(p.field == "code" and "standard point code" in p.message for p in problems)


def test_a_dangling_symptom_id_is_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/PC6.json", lambda d: d["uses"][0].update(symptom="sneezing-fits"))
    # PC6 no longer serves nausea, so nausea's best-known points are wrong too.
    problem, key_point = problems_of(resource_copy)
    assert (key_point.item, key_point.field) == ("nausea", "key_points[0]")
    assert problem.item == "PC6"
    assert problem.field == "uses[0].symptom"
    assert "sneezing-fits" in problem.message


PLACEMENTS = "catalog/placements.json"


def test_a_placement_on_a_missing_view_is_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / PLACEMENTS, lambda d: d["placements"]["ST36"][0].update(view="elbow"))
    [problem] = problems_of(resource_copy)
    assert (problem.item, problem.field) == ("ST36", "placements[0].view")


def test_a_point_the_placements_file_lacks_is_reported_with_the_fix(resource_copy: Path) -> None:
    edit_json(resource_copy / PLACEMENTS, lambda d: d["placements"].pop("ST36"))
    [problem] = problems_of(resource_copy)
    assert (problem.item, problem.field) == ("ST36", "recipe")
    assert "tools/place_points.py" in problem.message


def test_typed_positions_in_a_point_file_are_refused(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/ST36.json", lambda d: d.update(placements=[]))
    [problem] = problems_of(resource_copy)
    assert (problem.item, problem.field) == ("ST36", "placements")


def test_a_broken_recipe_names_the_step(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/ST36.json", lambda d: d["recipe"]["steps"][0].update(cun="three"))
    problems = problems_of(resource_copy)
    assert any(p.item == "ST36" and p.field.startswith("recipe.steps[0]") for p in problems)


def test_a_view_whose_diagram_is_missing_is_reported(resource_copy: Path) -> None:
    (resource_copy / "body_svgs/sole.svg").unlink()
    problems = problems_of(resource_copy)
    assert any(p.file == "catalog/views.json" and p.item == "sole" and "missing" in p.message for p in problems)


def test_the_shipped_drawings_pass_the_geometry_checks(resource_copy: Path) -> None:
    assert geometry_problems(load_catalog(resource_copy), resource_copy) == []


def test_a_placement_outside_the_outline_is_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / PLACEMENTS, lambda d: d["placements"]["LI4"][0].update(x=1, y=1))
    stale, outside = geometry_problems(load_catalog(resource_copy), resource_copy)
    assert (stale.item, stale.field) == ("LI4", "placements")
    assert "run tools/place_points.py" in stale.message
    assert (outside.item, outside.field) == ("LI4", "placements[0]")
    assert "outside the body outline" in outside.message


def test_a_moved_landmark_makes_the_placements_stale(resource_copy: Path) -> None:
    edit_json(
        resource_copy / "body_svgs/leg_inner.json",
        lambda d: d["landmarks"]["medial_malleolus_prominence"].update(
            at=[v + 40 for v in d["landmarks"]["medial_malleolus_prominence"]["at"]]
        ),
    )
    problems = geometry_problems(load_catalog(resource_copy), resource_copy)
    assert {p.item for p in problems} >= {"SP6", "KI3"}


def test_a_diagram_without_its_outline_is_reported(resource_copy: Path) -> None:
    svg = resource_copy / "body_svgs/hand_back.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace('id="outline"', 'id="shape"'), encoding="utf-8")
    problems = geometry_problems(load_catalog(resource_copy), resource_copy)
    assert any(p.file == "body_svgs/hand_back.svg" and "no path with id" in p.message for p in problems)


def test_broken_json_reports_the_line(resource_copy: Path) -> None:
    (resource_copy / "catalog/symptoms.json").write_text('{"symptoms": [\n{"id": "x",}\n]}', encoding="utf-8")
    problems = problems_of(resource_copy)
    assert any(p.file == "catalog/symptoms.json" and "line 2" in p.message for p in problems)


def test_a_file_that_is_not_utf8_is_reported(resource_copy: Path) -> None:
    (resource_copy / "catalog/points/LI4.json").write_bytes(b'{"code": "LI4\xff"}')
    problems = problems_of(resource_copy)
    assert any(p.file == "catalog/points/LI4.json" and "UTF-8" in p.message for p in problems)


def test_a_point_file_named_for_another_code_is_reported(resource_copy: Path) -> None:
    points = resource_copy / "catalog/points"
    (points / "LI4.json").rename(points / "LI5.json")
    problems = problems_of(resource_copy)
    assert any(p.item == "LI4" and p.field == "code" for p in problems)


def test_a_midline_side_on_a_paired_point_is_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / PLACEMENTS, lambda d: d["placements"]["LI4"][0].update(side="center"))
    [problem] = problems_of(resource_copy)
    assert problem.item == "LI4"
    assert "does not fit a bilateral point" in problem.message


def test_duplicate_symptom_ids_are_reported(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/symptoms.json", lambda d: d["symptoms"].append(d["symptoms"][0]))
    problems = problems_of(resource_copy)
    assert any(p.field == "id" and "more than once" in p.message for p in problems)


def test_every_problem_is_listed_in_the_error_message(resource_copy: Path) -> None:
    edit_json(resource_copy / "catalog/points/LI4.json", lambda d: d.update(colour="red"))
    edit_json(resource_copy / "catalog/points/PC6.json", lambda d: d.update(size=3))
    with pytest.raises(CatalogError) as caught:
        load_catalog(resource_copy)
    text = str(caught.value)
    assert "2 problems" in text
    assert "catalog/points/LI4.json: LI4 / colour" in text
    assert "catalog/points/PC6.json: PC6 / size" in text


def test_a_point_avoided_in_pregnancy_cannot_serve_a_complaint_of_pregnancy(resource_copy: Path) -> None:
    edit_json(
        resource_copy / "catalog/points/CV12.json",
        lambda d: d["uses"].append({"symptom": "morning-sickness", "note": "Pressed for queasiness."}),
    )
    [problem] = problems_of(resource_copy)
    assert problem.item == "CV12"
    assert problem.field.endswith(".symptom")
    assert "avoided in pregnancy" in problem.message


def test_a_channel_file_missing_a_channel_or_naming_a_stranger_is_reported(resource_copy: Path) -> None:
    def spoil(data: dict[str, Any]) -> None:
        data["channels"] = [c for c in data["channels"] if c["code"] != "LR"]
        stomach = next(c for c in data["channels"] if c["code"] == "ST")
        stomach["joined"].append({"between": ["ST5", "SP9"], "why": "a link to another channel's point"})
        next(c for c in data["channels"] if c["code"] == "HT")["colour"] = "orange"

    edit_json(resource_copy / "catalog/channels.json", spoil)
    problems = problems_of(resource_copy)
    assert any(p.file == "catalog/channels.json" and "LR" in p.message for p in problems)
    assert any(p.item == "ST" and p.field == "joined" for p in problems)
    assert any("colour" in p.field for p in problems)
