"""The history page as a user works it: filter, sort, read, edit, delete and undo, export, import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.queries import SessionFilter
from acupressure_desktop.ui.history.history_model import PAGE
from acupressure_desktop.ui.history.history_page import HistoryPage
from tests.unit.history_data import session

TODAY = date(2026, 11, 24)


@pytest.fixture
def filled(history: History) -> History:
    noon = datetime(2026, 11, 24, 12, 0).astimezone()
    history.sessions.insert_many(
        [
            session(1, "LI4", when=noon, purpose="headache", before=7, after=3, note="Felt lighter"),
            session(2, "PC6", when=noon - timedelta(days=1), status=SessionStatus.STOPPED, purpose="nausea"),
            session(3, "LI4", when=noon - timedelta(days=3), status=SessionStatus.INTERRUPTED),
            session(4, "ST36", when=noon - timedelta(days=40), circular=True, note="long ago"),
        ]
    )
    return history


@pytest.fixture
def page(qtbot: QtBot, filled: History, catalog: Catalog) -> HistoryPage:
    widget = HistoryPage(filled, catalog, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def points_shown(page: HistoryPage) -> list[str]:
    return [page.model.record(r).point_code for r in range(page.model.rowCount())]


def test_the_table_shows_sessions_newest_first_with_their_status(page: HistoryPage) -> None:
    assert points_shown(page) == ["LI4", "PC6", "LI4", "ST36"]
    model = page.model
    assert model.index(0, 1).data() == "LI4 Hégǔ"  # the names as written, with their tones
    assert model.index(0, 4).data() == "✓ Completed"
    assert model.index(2, 4).data() == "⚠ Interrupted"
    assert (model.index(0, 5).data(), model.index(0, 6).data()) == ("7", "3")


def test_filters_narrow_the_table(qtbot: QtBot, page: HistoryPage) -> None:
    filters = page.filters
    filters.range.setCurrentIndex(filters.range.findText("This week"))  # Monday 23rd to Sunday 29th
    assert points_shown(page) == ["LI4", "PC6"]
    filters.range.setCurrentIndex(filters.range.findText("This month"))
    assert points_shown(page) == ["LI4", "PC6", "LI4"]
    filters.range.setCurrentIndex(filters.range.findText("Today"))
    assert points_shown(page) == ["LI4"]
    filters.range.setCurrentIndex(0)
    filters.point.setCurrentIndex(filters.point.findData("LI4"))
    assert points_shown(page) == ["LI4", "LI4"]
    filters.status.setCurrentIndex(filters.status.findText("Not completed"))
    assert points_shown(page) == ["LI4"]
    filters.point.setCurrentIndex(0)
    filters.status.setCurrentIndex(0)
    filters.purpose.setCurrentIndex(filters.purpose.findData("nausea"))
    assert points_shown(page) == ["PC6"]
    filters.purpose.setCurrentIndex(0)
    qtbot.keyClicks(filters.search, "long")
    assert points_shown(page) == ["ST36"]


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, page: HistoryPage) -> None:
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + _section(header, 1))
    first = points_shown(page)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().topLeft() + _section(header, 1))
    assert points_shown(page) == list(reversed(first))
    assert sorted(first) in (first, list(reversed(first)))


def _section(header, column: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)


def test_selecting_a_row_shows_it_and_leads_back_to_the_map(qtbot: QtBot, page: HistoryPage) -> None:
    page.select_row(0)
    text = page.detail.text.toPlainText()
    assert "LI4 Hégǔ" in text and "Felt lighter" in text and "7 → 3" in text
    with qtbot.waitSignal(page.show_point) as signal:
        qtbot.mouseClick(page.detail.map_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["LI4"]


def test_a_note_is_edited_in_place(qtbot: QtBot, page: HistoryPage, filled: History) -> None:
    index = page.model.index(1, 7)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Better after a rest")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.index(1, 7).data() == "Better after a rest")  # the commit is queued
    assert filled.sessions.get(page.model.record(1).id).note == "Better after a rest"


def test_delete_several_then_undo(qtbot: QtBot, page: HistoryPage, filled: History) -> None:
    page.select_row(0)
    page.table.selectRow(1)
    page.table.selectionModel().select(
        page.model.index(0, 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert page.selected_rows() == [0, 1]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert points_shown(page) == ["LI4", "ST36"]
    assert filled.sessions.count(SessionFilter()) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert points_shown(page) == ["LI4", "PC6", "LI4", "ST36"]
    assert not page.undo_action.isEnabled()


def test_a_deleted_session_leaves_the_detail_and_undo_shows_it_again(
    qtbot: QtBot, page: HistoryPage, filled: History
) -> None:
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(page.model.index(1, 0)).center()
    )
    shown = page.model.record(1)
    assert page.detail.map_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Select a session" in page.detail.text.toPlainText()
    assert not page.detail.map_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_rows() and page.model.record(page.selected_rows()[0]).id == shown.id
    assert shown.point_code in page.detail.text.toPlainText()
    assert page.detail.map_button.isEnabled()


def test_undo_ends_when_the_view_is_left(qtbot: QtBot, page: HistoryPage) -> None:
    page.select_row(0)
    page.delete_selected()
    page.leave()
    assert not page.undo_action.isEnabled()
    page.undo()
    assert points_shown(page) == ["PC6", "LI4", "ST36"]


def test_export_through_the_dialog_writes_the_filtered_rows(page: HistoryPage, tmp_path: Path) -> None:
    page.filters.point.setCurrentIndex(page.filters.point.findData("LI4"))
    target = tmp_path / "mine"
    page.save_file = lambda *_args: (str(target), "")
    page.export("json")
    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert [s["point_code"] for s in data["sessions"]] == ["LI4", "LI4"]
    page.export("csv")
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8").count("\n") == 3
    # Health data: readable by the user alone.
    assert (tmp_path / "mine.json").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "mine.csv").stat().st_mode & 0o777 == 0o600


def test_a_broken_import_says_why_and_changes_nothing(
    page: HistoryPage, tmp_path: Path, filled: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "acupressure-desktop-history", "schema_version": 1, "sessions": [{}]}')
    page.open_file = lambda *_args: (str(bad), "")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    page.import_json()
    [box] = shown
    assert "none of it was imported" in box.text()
    assert "exported_at" in box.detailedText()
    assert filled.sessions.count(SessionFilter()) == 4


def test_an_import_adds_new_sessions_and_skips_known_ones(page: HistoryPage, tmp_path: Path) -> None:
    from acupressure_desktop.history.exchange import export_json

    file = tmp_path / "in.json"
    file.write_text(export_json([session(1), session(77, "KI1")], datetime(2026, 1, 1, tzinfo=UTC)), "utf-8")
    messages: list[str] = []
    page.message.connect(messages.append)
    page.open_file = lambda *_args: (str(file), "")
    page.import_json()
    assert messages[-1] == "Imported 1 session; 1 already in your history."
    assert "KI1" in points_shown(page)


def test_the_table_loads_page_by_page(qtbot: QtBot, history: History, catalog: Catalog) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    history.sessions.insert_many([session(n, when=start + timedelta(minutes=n)) for n in range(PAGE * 2 + 10)])
    widget = HistoryPage(history, catalog)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == PAGE
    assert widget.model.canFetchMore()
    widget.model.fetchMore()
    widget.model.fetchMore()
    assert widget.model.rowCount() == PAGE * 2 + 10
    assert not widget.model.canFetchMore()


def test_a_history_that_cannot_be_written_is_view_only_with_a_banner(
    qtbot: QtBot, filled: History, catalog: Catalog
) -> None:
    filled.database._db.execute("PRAGMA query_only = ON")
    filled.sessions.begin(session(99))  # fails, and switches the history to read-only
    widget = HistoryPage(filled, catalog)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.banner.isVisible()
    assert "not being saved" in widget.banner.text()
    assert not widget.delete_action.isEnabled()
    assert not widget.model.flags(widget.model.index(0, 7)) & Qt.ItemFlag.ItemIsEditable


def test_charts_show_practice_streak_goal_and_what_helped(qtbot: QtBot, page: HistoryPage, filled: History) -> None:
    noon = datetime(2026, 11, 24, 12, 0).astimezone()
    filled.sessions.insert_many(
        [
            session(40 + n, "LI4", when=noon - timedelta(hours=n + 1), purpose="headache", before=8, after=4)
            for n in range(3)
        ]
    )
    charts = page.show_charts()
    assert len(charts.totals) == 30
    assert charts.totals[-1].sessions == 4
    assert "today: 4 of your daily goal of 2 ✓" in charts.summary.text()
    assert "2-day streak" in charts.summary.text()
    # Minutes of pressing: the breathing before each hold is not counted.
    assert charts.practice_tooltip(29) == "Tuesday, 24 November 2026: 4 sessions, 6 min"
    charts.symptom.setCurrentIndex(charts.symptom.findData("headache"))
    assert [c.change for c in charts.changes] == [4, 4, 4, 4]
    assert "LI4 Hégǔ" in charts.insights.text() and "(4 rated)" in charts.insights.text()
    charts.range.setCurrentIndex(1)
    assert len(charts.totals) == 26


def test_a_chart_is_saved_as_png(page: HistoryPage, tmp_path: Path) -> None:
    charts = page.show_charts()
    charts.save_file = lambda *_args: (str(tmp_path / "practice"), "")
    path = charts.export_png(charts.practice_plot, "practice")
    assert path == tmp_path / "practice.png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_back_up_then_restore_puts_the_old_history_back(page: HistoryPage, filled: History) -> None:
    messages: list[str] = []
    page.message.connect(messages.append)
    page.back_up_now()
    assert messages[-1].startswith("Backed up to ")
    page.select_row(0)
    page.delete_selected()
    assert filled.sessions.count(SessionFilter()) == 3
    chosen: list[list[str]] = []
    page.choose_backup = lambda names: chosen.append(names) or names[0]
    page.restore_from_backup()
    assert filled.sessions.count(SessionFilter()) == 4
    assert len(points_shown(page)) == 4
    assert "Your history as it was is kept in history-before-restore-" in messages[-1]
    assert filled.database.can_write


def test_an_empty_history_says_no_sessions_are_shown(qtbot: QtBot, history: History, catalog: Catalog) -> None:
    widget = HistoryPage(history, catalog, today=lambda: TODAY)
    qtbot.addWidget(widget)
    assert widget.summary.text() == "0 sessions shown"
