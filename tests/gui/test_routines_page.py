"""Building routines by hand: new, add points, reorder by keyboard, save, find it after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore


def page_of(window):  # type: ignore[no-untyped-def]
    window.routines_action.trigger()
    page = window.routines_page
    assert page is not None and window.current_page() is page
    return page


def choose_point(page, code: str) -> None:  # type: ignore[no-untyped-def]
    page.point_choice.setCurrentIndex(page.point_choice.findData(code))


def step_codes(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.steps.item(i).data(Qt.ItemDataRole.UserRole + 1).point_code for i in range(page.steps.count())]


def test_presets_are_listed_read_only_and_can_be_copied(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    assert page.list.count() == 7
    assert page.list.item(0).text().endswith("(preset)")
    assert not page.name.isEnabled() and not page.delete_button.isEnabled()
    assert page.preset_note.isVisible()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 8
    assert page.current is not None and not page.current.preset
    assert page.current.name == "Lift tiredness (my copy)"
    assert page.name.isEnabled()


def test_a_routine_built_by_hand_is_reordered_by_keyboard_and_survives_a_restart(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History, tmp_path
) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.name.clear()
    qtbot.keyClicks(page.name, "Before bed")
    page.purpose.setCurrentIndex(page.purpose.findData("insomnia"))
    page.steps.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    for code in ("HT7", "KI1", "PC6"):
        choose_point(page, code)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert step_codes(page) == ["HT7", "KI1", "PC6"]
    page.steps.setFocus()
    page.steps.setCurrentRow(2)
    qtbot.keyClick(page.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert step_codes(page) == ["HT7", "PC6", "KI1"]
    assert page.total.text().startswith("About ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == ""

    # A restart: the same file opened again.
    reopened = History.open(tmp_path / "data")
    [saved], problems = reopened.routines.load()
    reopened.close()
    assert problems == []
    assert (saved.name, saved.purpose) == ("Before bed", "insomnia")
    assert [s.point_code for s in saved.steps] == ["HT7", "PC6", "KI1"]


def test_an_empty_routine_is_not_saved_and_says_why(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.steps.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "Not saved: a routine needs at least one point"
    page.name.clear()
    choose_point(page, "PC6")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "Not saved: give the routine a name"


def test_a_damaged_stored_routine_is_reported_and_the_others_still_load(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History
) -> None:
    assert history.database._db is not None
    history.database._db.execute(
        "INSERT INTO routines (id, name, purpose, steps, position, updated_at)"
        " VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Edited by hand', NULL, '[]', 0, '')"
    )
    page = page_of(window)
    with qtbot.waitSignal(page.message) as told:
        page.reload()
    assert "Edited by hand" in told.args[0]
    assert page.list.count() == 7


def test_start_runs_the_selected_routine(qtbot: QtBot, window, settings: PreferencesStore) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    page.list.setCurrentRow(5)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    run = window.workspace.practice_dialog
    assert isinstance(run, PracticeDialog) and run.subject.name == "Settle nausea"
    qtbot.addWidget(run)


def test_a_routine_exported_to_a_file_imports_again_and_a_bad_file_is_explained(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, tmp_path, monkeypatch
) -> None:
    page = page_of(window)
    target = tmp_path / "shared.routine.json"
    page.save_file = lambda *args: (str(target), "")
    page.open_file = lambda *args: (str(target), "")
    page.list.setCurrentRow(1)  # the sleep preset
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert '"format": "acupressure-desktop-routine"' in target.read_text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.name == "Wind down for sleep 2"
    assert not page.current.preset and page.list.count() == 8

    warnings: list[str] = []
    monkeypatch.setattr(
        "acupressure_desktop.ui.guidance.routines_page.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    target.write_text('{"format": "acupressure-desktop-routine", "version": 1, "routine": {"name": "x", "steps": []}}')
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert warnings == ["This routine cannot be used: a routine needs at least one point."]
    assert page.list.count() == 8


def test_a_folder_or_a_deeply_nested_file_offered_as_a_routine_is_explained(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, tmp_path, monkeypatch
) -> None:
    page = page_of(window)
    count = page.list.count()
    warnings: list[str] = []
    monkeypatch.setattr(
        "acupressure_desktop.ui.guidance.routines_page.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    folder = tmp_path / "folder.json"
    folder.mkdir()
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 50_000)
    for chosen in (folder, deep):
        page.open_file = lambda *args, chosen=chosen: (str(chosen), "")
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert warnings == [
        "This routine cannot be used: folder.json is not a regular file.",
        "This routine cannot be used: the file is nested far too deeply to be a routine.",
    ]
    assert page.list.count() == count


def test_deleting_a_routine_asks_with_a_button_named_for_it(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = page_of(window)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    asked: list[tuple[str, ...]] = []
    page.confirm = lambda _parent, title, question, action, *_rest: asked.append((title, question, action)) or False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [("Delete Routine", "Delete the routine “Lift tiredness (my copy)”?", "Delete Routine")]
    assert page.list.count() == 8  # kept: the user pressed Cancel
    page.confirm = lambda *_args: True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 7
