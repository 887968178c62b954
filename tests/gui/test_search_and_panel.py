"""Search like a user, and read the point panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from pytestqt.qtbot import QtBot

from acupressure_desktop.preferences import Appearance
from acupressure_desktop.ui.map.point_panel import LOCATOR_URL


def test_ctrl_k_and_ctrl_f_focus_the_search_field(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    for sequence in ("Ctrl+K", "Ctrl+F"):
        window.body_map.setFocus()
        qtbot.waitUntil(window.body_map.hasFocus)
        keys = QKeySequence(sequence)
        qtbot.keyClick(window.body_map, keys[0].key(), keys[0].keyboardModifiers())
        qtbot.waitUntil(window.search_box.hasFocus)


def test_typing_a_name_and_pressing_enter_opens_the_point(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view("sole")
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "hegu")
    assert box.results()[0] == "LI4"
    qtbot.waitUntil(box.popup_visible)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.panel.point.code == "LI4"
    assert window.body_map.view_id in window.panel.point.views()
    assert box.text() == ""


def test_arrows_choose_among_the_results(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "headache")
    results = box.results()
    assert len(results) >= 2
    popup = box._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    first = popup.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    second = popup.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    # The red-flag notes above the points are passed over; the arrows move from point to point.
    assert [first, second] == results[:2]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.selection.code == second


def test_a_code_typed_with_a_dash_is_found(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "st-36")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.selection.code == "ST36"


def test_escape_clears_the_search(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "li")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: box.text() == "" or not box.popup_visible())


def test_the_panel_shows_every_part_of_a_point(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("SP6")
    panel = window.panel
    point = panel.point
    text = panel.text()
    for expected in (point.code, point.pinyin, point.characters, point.english, "Spleen channel", point.location):
        assert expected in text
    assert "Pregnancy:" in text
    assert "Never press on bruises" in text
    for step in point.how_to_find:
        assert step in text
    for part in ("Finger", "Direction", "Pressure", "Posture", point.how_to_press.pressure):
        assert part in text
    html = panel.html()
    assert html.count("symptom:") == len(point.uses)
    image = panel.browser.document().resource(QTextDocument.ResourceType.ImageResource, LOCATOR_URL)
    assert not image.isNull()


def test_cautions_come_before_everything_but_the_names(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("LI4")
    text = window.panel.text()
    cautions = text.index("Cautions")
    assert text.index("Hégǔ") < cautions
    for later in ("Where it is", "How to find it", "How to press it", "Traditionally used for"):
        assert cautions < text.index(later)


def test_a_symptom_link_searches_for_points_used_for_it(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("PC6")
    with qtbot.waitSignal(window.panel.symptom_activated) as signal:
        window.panel.browser.anchorClicked.emit(QUrl("symptom:nausea"))
    assert signal.args == ["nausea"]
    assert window.search_box.text() == "Nausea"
    assert "PC6" in window.search_box.results()


def test_a_view_link_in_the_panel_switches_the_map(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("ST36")
    window.panel.browser.anchorClicked.emit(QUrl("view:body_front"))
    assert window.body_map.view_id == "body_front"


def test_links_are_reachable_by_keyboard(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("PC6")
    browser = window.panel.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().hasSelection()


def test_the_panel_follows_the_theme(window, parts) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("LI4")
    assert "#fff4e2" in window.panel.html()
    parts.theme.set_appearance(Appearance.DARK)
    assert "#3a2f1c" in window.panel.html()
    parts.theme.set_appearance(Appearance.LIGHT)


def test_the_empty_panel_invites_a_choice(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.clear()
    assert window.panel.point is None


def test_a_long_practice_line_wraps_beside_the_start_button_at_1024_by_700(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from acupressure_desktop.history.sessions import PointStats

    window.resize(1024, 700)
    qtbot.waitExposed(window)
    panel = window.panel
    panel.set_stats(lambda _code: PointStats(12, datetime(2026, 11, 28, 9, 5, tzinfo=UTC)))
    window.selection.select("LI4")
    label, button = panel.practice_label, panel.start_button
    qtbot.waitUntil(lambda: label.width() > 0 and button.x() > 0)  # the bar has laid out the new text
    assert label.text().startswith("Practised 12 times · last ")
    assert not label.geometry().intersects(button.geometry())
    room = label.contentsRect()
    wrap = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    needed = label.fontMetrics().boundingRect(room, wrap, label.text())
    assert needed.width() <= room.width() and needed.height() <= room.height()  # every word of it shows


def test_bullets_in_the_panel_have_room_between_them(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("LI4")
    document = window.panel.browser.document()
    block, items = document.firstBlock(), []
    while block.isValid():
        if block.textList() is not None:
            items.append(block.blockFormat().bottomMargin())
        block = block.next()
    assert len(items) >= 4 and min(items) >= 4


def test_in_english_the_panel_needs_no_note_about_the_language(window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("LI4")
    assert window.panel.content_note == ""
    assert "English for now" not in window.panel.text()
