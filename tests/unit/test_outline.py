from pathlib import Path

import pytest

from acupressure_desktop.catalog.outline import OutlineError, parse_path, read_outline


def test_square_contains_its_centre_but_not_outside_points() -> None:
    square = parse_path("M0 0 L10 0 L10 10 L0 10 Z")
    assert square.contains(5, 5)
    assert not square.contains(15, 5)
    assert not square.contains(-1, -1)


def test_relative_commands_follow_the_current_point() -> None:
    square = parse_path("m10 10 h10 v10 h-10 z")
    assert square.contains(15, 15)
    assert not square.contains(5, 5)


def test_cubic_curves_bulge_where_the_controls_pull() -> None:
    # A flat bottom edge with a top edge pulled far upward by its control points.
    dome = parse_path("M0 100 C 0 0 100 0 100 100 Z")
    assert dome.contains(50, 40)
    assert not dome.contains(2, 20)


def test_smooth_and_quadratic_commands_are_understood() -> None:
    shape = parse_path("M0 50 Q 50 -50 100 50 T 200 50 L 200 100 L 0 100 Z S 0 0 0 0")
    assert shape.contains(50, 60)


def test_a_second_subpath_inside_the_first_is_a_hole() -> None:
    ring = parse_path("M0 0 H100 V100 H0 Z M40 40 H60 V60 H40 Z")
    assert ring.contains(10, 10)
    assert not ring.contains(50, 50)


def test_arcs_are_rejected_with_a_clear_message() -> None:
    with pytest.raises(OutlineError, match="arcs are not supported"):
        parse_path("M0 0 A 10 10 0 0 1 20 20 Z")


@pytest.mark.parametrize("data", ["", "L 10 10", "M 0 0 L 10", "M0 0 L 10 0 Z"])
def test_malformed_or_empty_paths_are_rejected(data: str) -> None:
    with pytest.raises(OutlineError):
        parse_path(data)


def test_reading_an_svg_finds_the_viewbox_and_outline(tmp_path: Path) -> None:
    svg = tmp_path / "v.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
        '<path id="outline" d="M10 10 H190 V90 H10 Z"/></svg>'
    )
    box, outline = read_outline(svg)
    assert (box.width, box.height) == (200, 100)
    assert outline.contains(100, 50)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg"><path id="outline" d="M0 0 H1 V1 Z"/></svg>', "viewBox"),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><path d="M0 0 H1 V1 Z"/></svg>', "no path"),
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect id="outline"/></svg>', "not a <path>"),
        ("<svg", "well-formed"),
    ],
)
def test_unusable_svgs_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    svg = tmp_path / "v.svg"
    svg.write_text(content)
    with pytest.raises(OutlineError, match=message):
        read_outline(svg)
