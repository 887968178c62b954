"""Browsing the atlas: channels in the traditional order, regions head to foot, A to Z, along a channel."""

from __future__ import annotations

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.browsing import a_to_z, by_channel, by_region, neighbours


def test_channels_come_in_the_traditional_order_with_their_points_by_number(catalog: Catalog) -> None:
    groups = by_channel(catalog)
    titles = [g.title for g in groups]
    assert titles[:3] == ["LU · Lung channel", "LI · Large Intestine channel", "ST · Stomach channel"]
    assert titles[-1] == "Extra points"
    large_intestine = next(g for g in groups if g.title.startswith("LI"))
    assert [p.code for p in large_intestine.points] == [f"LI{n}" for n in range(1, 21)]
    assert sum(len(g.points) for g in groups) == len(catalog.points)


def test_regions_run_from_head_to_foot_and_place_each_point_where_it_is_drawn_largest(catalog: Catalog) -> None:
    groups = {g.title: [p.code for p in g.points] for g in by_region(catalog)}
    assert next(iter(groups)) == "Head and neck"
    assert [g for g in groups if g != "Whole body"][-1] == "Foot"
    # The few points no closer view can show yet come last, under the whole body.
    assert list(groups)[-1] in ("Foot", "Whole body")
    assert "PC6" in groups["Arm and hand"]
    assert "KI1" in groups["Foot"]
    assert "CV12" in groups["Chest and belly"]


def test_a_to_z_sorts_by_pinyin_under_initial_letters(catalog: Catalog) -> None:
    groups = a_to_z(catalog.points)
    letters = [g.title for g in groups]
    assert letters == sorted(letters)
    zu = next(g for g in groups if g.title == "Z")
    assert [p.pinyin_plain for p in zu.points] == sorted(p.pinyin_plain for p in zu.points)


def test_neighbours_walk_along_the_channel_and_stop_at_its_ends(catalog: Catalog) -> None:
    before, after = neighbours(catalog, "LI11")
    assert (before and before.code, after and after.code) == ("LI10", "LI12")
    assert neighbours(catalog, "LI1")[0] is None
    assert neighbours(catalog, "LI20")[1] is None


def test_a_filtered_list_keeps_the_same_order(catalog: Catalog) -> None:
    self_care = [p for p in catalog.points if p.is_self_care and p.code.startswith("BL")]
    [group] = by_channel(catalog, self_care)
    assert [p.code for p in group.points] == [p.code for p in self_care]
