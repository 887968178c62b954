"""Safety as data: pregnancy flags, conditions and their cautions, red flags, advice, the stored answers."""

from __future__ import annotations

import json
import re
import shutil
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError

from acupressure_desktop.catalog import Catalog, CatalogError, Caution, CautionAction, load_catalog
from acupressure_desktop.catalog.search import PointSearch
from acupressure_desktop.practice import PhaseKind, SteadyPressure, plan_session
from acupressure_desktop.practice.protocols import GENTLE, CircularMassage, gentle
from acupressure_desktop.resources import resource_root
from acupressure_desktop.safety import (
    SafetyProfile,
    SafetyProfileStore,
    advise,
    advise_mat,
    not_suggestible,
    suggestible,
)

WHERE_TO_TURN = re.compile(
    r"(call your local emergency number now|see (a|an) [a-z ]*(doctor|dentist|midwife)( today)?)\.$"
)


def test_a_caution_that_speaks_of_pregnancy_cannot_leave_out_the_condition() -> None:
    with pytest.raises(ValidationError, match="pregnancy"):
        Caution(text="Traditionally avoided during pregnancy.")
    with pytest.raises(ValidationError, match="must name the conditions"):
        Caution(text="Ask your doctor first.", action=CautionAction.CONFIRM)


def test_a_point_file_with_an_unflagged_pregnancy_caution_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root)
    path = root / "catalog" / "points" / "ST36.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cautions"].append({"text": "Some avoid this point in pregnancy."})
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(root)
    [problem] = caught.value.problems
    assert (problem.file, problem.item) == ("catalog/points/ST36.json", "ST36")
    assert "pregnancy" in problem.message


def test_a_caution_naming_an_unknown_condition_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_root(), root)
    path = root / "catalog" / "points" / "ST36.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cautions"].append({"text": "Careful.", "conditions": ["gout"], "action": "confirm"})
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown condition 'gout'"):
        load_catalog(root)


def test_every_condition_has_cautions_that_reach_the_person_who_ticks_it(catalog: Catalog) -> None:
    for condition in catalog.safety.condition_ids:
        reached = [
            caution for point in catalog.points for caution in advise(catalog, frozenset({condition}), point).personal
        ] + list(advise_mat(catalog, frozenset({condition})).personal)
        assert reached, f"nothing in the catalog concerns {condition!r}"
        assert all(condition in c.conditions for c in reached)


def test_a_point_s_cautions_are_its_own_then_every_rule_that_covers_it(catalog: Catalog) -> None:
    for point in catalog.points:
        rules = tuple(r.caution for r in catalog.safety.rules if r.covers(point.code, point.views()))
        assert catalog.cautions_for(point) == point.cautions + rules, point.code
        named = tuple(r.caution for r in catalog.safety.rules if point.code in (r.scope.points or ()))
        assert catalog.point_cautions(point) == point.cautions + named, point.code


def test_nobody_is_asked_anything_without_conditions(catalog: Catalog) -> None:
    for point in catalog.points:
        advice = advise(catalog, frozenset(), point)
        assert advice.personal == () and not advice.needs_confirmation and advice.gentle is None


def test_pregnancy_asks_before_LI4_and_leaves_it_out_of_suggestions(catalog: Catalog) -> None:
    pregnant = frozenset({"pregnancy"})
    li4 = catalog.point("LI4")
    advice = advise(catalog, pregnant, li4)
    assert advice.needs_confirmation
    assert all(c.pregnancy for c in advice.to_confirm)
    assert not suggestible(catalog, pregnant, li4)
    assert suggestible(catalog, pregnant, catalog.point("PC6"))
    assert suggestible(catalog, frozenset(), li4)


def test_bruising_bleeding_and_blood_thinners_mean_gentle_pressure_everywhere(catalog: Catalog) -> None:
    for condition in ("easy-bruising", "bleeding-disorder", "blood-thinners"):
        for point in catalog.points:
            advice = advise(catalog, frozenset({condition}), point)
            assert advice.gentle is not None and not advice.needs_confirmation
        mat = advise_mat(catalog, frozenset({condition}))
        assert mat.personal and mat.gentle is None  # a mat caution first, not a pressure level


def test_diabetes_asks_before_points_on_the_feet_and_legs_only(catalog: Catalog) -> None:
    diabetes = frozenset({"diabetes"})
    assert advise(catalog, diabetes, catalog.point("KI1")).needs_confirmation
    assert advise(catalog, diabetes, catalog.point("ST36")).needs_confirmation
    assert not advise(catalog, diabetes, catalog.point("LI4")).needs_confirmation


def test_mats_ask_first_with_conditions_that_need_a_doctor(catalog: Catalog) -> None:
    assert advise_mat(catalog, frozenset({"osteoporosis"})).needs_confirmation
    assert advise_mat(catalog, frozenset({"pregnancy"})).needs_confirmation
    assert not advise_mat(catalog, frozenset()).needs_confirmation


def test_every_symptom_has_red_flags_that_say_where_to_turn(catalog: Catalog) -> None:
    for symptom in catalog.symptoms:
        assert symptom.red_flags, symptom.id
        for flag in symptom.red_flags:
            assert WHERE_TO_TURN.search(flag), flag


def test_gentle_pressure_lowers_the_curve_and_says_so() -> None:
    plan = plan_session(gentle(SteadyPressure()), ("left",))
    hold = next(p for p in plan.phases if p.kind is PhaseKind.HOLD)
    assert hold.level == GENTLE
    assert "gentle" in hold.guidance
    assert gentle(CircularMassage()).level == GENTLE
    firm = next(p for p in plan_session(SteadyPressure(), ("left",)).phases if p.kind is PhaseKind.HOLD)
    assert "medium-firm" in firm.guidance


def test_gentle_never_raises_a_pressure_that_is_already_lower() -> None:
    soft = SteadyPressure(hold_level=0.2)
    assert gentle(soft).hold_level == 0.2


def test_search_leaves_points_to_avoid_out_of_symptom_suggestions(catalog: Catalog) -> None:
    search = PointSearch(catalog)
    result = search.search("headache", not_suggested=frozenset({"LI4"}))
    assert "LI4" not in [h.point.code for h in result.hits]
    assert [p.code for p in result.left_out] == ["LI4"]
    assert result.symptoms[0].id == "headache"
    # Asked for by name, it is still found.
    assert search.search("LI4", not_suggested=frozenset({"LI4"})).hits[0].point.code == "LI4"


def test_the_answers_survive_a_restart_and_stay_private(tmp_path: Path) -> None:
    store = SafetyProfileStore(tmp_path / "config")
    assert store.load() == SafetyProfile()
    assert store.save(SafetyProfile().with_answers(frozenset({"pregnancy", "diabetes"})))
    again = SafetyProfileStore(tmp_path / "config").load()
    assert again.conditions == {"pregnancy", "diabetes"}
    assert again.answered and again.seen
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert not list((tmp_path / "config").glob(".safety-*"))


def test_damaged_answers_are_kept_aside_and_asked_again(tmp_path: Path) -> None:
    store = SafetyProfileStore(tmp_path)
    store.path.write_text('{"conditions": ["pregnancy"], "answered": tr')
    profile = store.load()
    assert profile == SafetyProfile()
    assert "damaged" in store.notice
    assert len(list(tmp_path.glob("safety.json.damaged-*"))) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 50_000,  # well under the size limit, far past Python's nesting limit
        b'{"conditions": ' + b"[" * 3000 + b"]" * 3000 + b"}",
        b"1" * 5000,  # past Python's limit on digits in a number
        b'{"version": ' + b"9" * 5000 + b"}",
        "{}".encode("utf-16"),
        b"",
    ],
    ids=["deep", "deep-inside", "digits", "digits-inside", "utf-16", "empty"],
)
def test_answers_that_no_parser_can_read_are_kept_aside_and_asked_again(tmp_path: Path, content: bytes) -> None:
    store = SafetyProfileStore(tmp_path)
    store.path.write_bytes(content)
    assert store.load() == SafetyProfile()
    assert "damaged" in store.notice
    [kept] = tmp_path.glob("safety.json.damaged-*")
    assert kept.read_bytes() == content and kept.name in store.notice
    assert not store.path.exists()


def test_a_folder_in_place_of_the_answers_is_moved_aside(tmp_path: Path) -> None:
    store = SafetyProfileStore(tmp_path)
    store.path.mkdir()
    (store.path / "inside.txt").write_text("kept")
    assert store.load() == SafetyProfile()
    assert "damaged" in store.notice
    [kept] = tmp_path.glob("safety.json.damaged-*")
    assert (kept / "inside.txt").read_text() == "kept"
    assert store.save(SafetyProfile(skipped=True))


def test_answers_damaged_twice_in_one_second_are_both_kept(tmp_path: Path) -> None:
    for content in (b"{", b"["):
        store = SafetyProfileStore(tmp_path)
        store.path.write_bytes(content)
        store.load()
    assert sorted(p.read_bytes() for p in tmp_path.glob("safety.json.damaged-*")) == [b"[", b"{"]


def test_answers_that_cannot_be_saved_are_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the settings folder should be")
    store = SafetyProfileStore(blocker)
    assert not store.save(SafetyProfile().with_answers(frozenset({"cancer"})))
    assert "could not be saved" in store.notice


def test_a_skipped_screen_reminds_once() -> None:
    skipped = SafetyProfile(skipped=True)
    assert skipped.seen and skipped.needs_reminder
    assert not skipped.model_copy(update={"reminded": True}).needs_reminder
    assert not skipped.with_answers(frozenset()).needs_reminder


def test_without_conditions_every_point_may_be_suggested(catalog: Catalog) -> None:
    assert not_suggestible(catalog, frozenset()) == frozenset()
    avoided = not_suggestible(catalog, frozenset({"pregnancy"}))
    assert avoided == {p.code for p in catalog.points if not suggestible(catalog, frozenset({"pregnancy"}), p)}
    assert {"LI4", "SP6", "CV4"} <= avoided
