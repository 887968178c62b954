"""The window keeps the desktop's conventions: keys in tab order, every page in the View menu,
one list of shortcuts, title case and action-named buttons."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.shell import key_map as keys
from acupressure_desktop.ui.shell.main_window import MainWindow
from acupressure_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

# The KDE HIG's title case: every word capitalised but these, unless first or last.
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off", "on", "onto"}
    | {"or", "out", "over", "per", "the", "to", "up", "via", "with"}
)


def is_title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text.replace("&", ""))
    for position, word in enumerate(words):
        if position not in (0, len(words) - 1) and word.lower() in SMALL_WORDS:
            continue
        if word[0].islower():
            return False
    return True


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.append(action)
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def all_menu_actions(window: MainWindow) -> list[QAction]:
    return [a for top in window.menuBar().actions() for a in [top, *menu_actions(top.menu())]]


@pytest.mark.parametrize("number", range(1, 8))
def test_ctrl_and_a_number_opens_the_tab_in_that_place(qtbot: QtBot, window: MainWindow, number: int) -> None:
    window.tabs.setCurrentIndex(0 if number != 1 else 3)
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == number - 1


def test_every_page_is_in_the_view_menu_in_tab_order(window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    titles = [a.text().replace("&", "") for a in menu_actions(view)]
    pages = [a.text().replace("&", "") for a in window.page_actions]
    assert [t for t in titles if t in pages] == pages
    for number, action in enumerate(window.page_actions, start=1):
        action.trigger()
        assert window.tabs.currentIndex() == number - 1
        assert action.shortcut().toString() == f"Ctrl+{number}"


def test_no_two_commands_share_a_key(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.actions():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to both {seen[key]!r} and {action.text()!r}"
            seen[key] = action.text()


def test_menus_are_title_case_with_one_mnemonic_each(window: MainWindow) -> None:
    for action in all_menu_actions(window):
        assert is_title_case(action.text()), action.text()
    menus = [window.menuBar(), *(a.menu() for a in all_menu_actions(window) if a.menu() is not None)]
    for menu in menus:
        marks = [m.group(1).lower() for a in menu.actions() for m in [re.search(r"&(\w)", a.text())] if m]
        assert len(marks) == len(set(marks)), [a.text() for a in menu.actions()]


def test_the_shortcut_list_shows_every_key_the_window_obeys(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    rows = shown[0].rows()
    listed = {(action, key) for _area, action, keys_text in rows for key in keys_text.split(" or ")}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.actions():
        for sequence in action.shortcuts():
            label = action.text().replace("&", "").removesuffix("…")
            assert (label, sequence.toString(native)) in listed, (label, sequence.toString())
    assert len(rows) == len(keys.ALL)
    assert {area for area, _action, _keys in rows} >= {"Anywhere in the Window", "Guided Session", "Body Map"}
    assert ("Guided Session", "Pause or Resume", "Space") in rows


def test_a_key_binding_reads_the_keypad_enter_as_enter(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    keypad = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    shifted = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert keys.MAP_OPEN.matches(keypad)
    assert not keys.MAP_MOVE.matches(shifted)
    assert keys.QUIZ_AIM.matches(shifted, ignoring=Qt.KeyboardModifier.ShiftModifier)


def test_a_confirmation_names_its_action_and_defaults_to_keeping_things(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from acupressure_desktop.ui.confirmation import confirm

    seen: dict[str, object] = {}

    def answer(press: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        seen["default"] = box.defaultButton().text().replace("&", "")
        next(b for b in box.buttons() if b.text().replace("&", "") == press).click()

    QTimer.singleShot(50, lambda: answer("Cancel"))
    assert confirm(None, "Delete Routine", "Delete the routine “Calm”?", "Delete Routine") is False
    assert seen == {"buttons": ["Cancel", "Delete Routine"], "default": "Cancel"}
    QTimer.singleShot(50, lambda: answer("Delete Routine"))
    assert confirm(None, "Delete Routine", "Delete the routine “Calm”?", "Delete Routine") is True


def test_every_button_on_every_page_is_title_case(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QToolBar

    pages = [
        window.workspace,
        window.points_page,
        window.finder_page,
        window.routines_page,
        window.mat_page,
        window.history_page,
        window.learn_page,
    ]
    window.selection.select("LI4")  # the panel's buttons show for a point
    texts = []
    for page in pages:
        for button in page.findChildren(QAbstractButton):
            if isinstance(button, (QCheckBox, QRadioButton)) or not button.text():
                continue  # the HIG writes check boxes and radio buttons as sentences
            if button.property("names_data"):
                continue  # a tag showing a name from the catalog
            texts.append(button.text())
        for bar in page.findChildren(QToolBar):
            texts += [a.text() for a in bar.actions() if a.text()]
    assert len(texts) > 30
    wrong = [t for t in texts if not is_title_case(t)]
    assert wrong == [], "\n".join(wrong)


def test_a_status_message_too_long_for_the_bar_ends_in_an_ellipsis_and_grows_back(qtbot: QtBot) -> None:
    from acupressure_desktop.ui.shell.status_bar import ElidingStatusBar

    bar = ElidingStatusBar()
    qtbot.addWidget(bar)
    bar.resize(120, 24)
    bar.show()
    text = "Click a point on the body map, or press Ctrl+K to search."
    bar.showMessage(text, 5000)
    assert bar.currentMessage().endswith("…") and bar.full_message == text and bar.toolTip() == text
    bar.resize(900, 24)  # the window is laid out, or made wider
    assert bar.currentMessage() == text
    bar.clearMessage()
    assert bar.full_message == "" and bar.toolTip() == ""


def test_the_shortcut_list_writes_names_without_mnemonics_and_each_key_once(qtbot: QtBot) -> None:
    binding = keys.KeyBinding("首选项(&P)…", ("Return", "Enter"), keys.WINDOW)
    assert binding.label == "首选项"
    assert keys.KeyBinding("Zoom &In", ("Ctrl+=",), keys.WINDOW).label == "Zoom In"
    assert binding.key_text() in ("Return or Enter", "Return")  # Enter reads "Enter" in English
