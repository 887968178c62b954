"""Every keyboard shortcut of the app, defined once.

The menus, the pages that handle keys themselves and Help › Keyboard Shortcuts all read them here,
so the list the user reads is the list the app obeys. Standard keys come first (they follow the
platform), then the app's own. Texts are translated where they are shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.shell.shortcuts import Shortcut, distinct_sequences

StandardKey = QKeySequence.StandardKey
CONTEXT = "Keys"


@dataclass(frozen=True)
class KeyBinding:
    """What a key does (``text``: a menu item's text, with its & mnemonic) and where it works."""

    text: str
    keys: tuple[Shortcut, ...]
    area: str

    def sequences(self) -> list[QKeySequence]:
        """The key sequences on this platform, each once."""
        return distinct_sequences(self.keys)

    def matches(self, event: QKeyEvent, ignoring: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> bool:
        """Whether a key press is one of this binding's keys (for widgets that read keys themselves).

        The keypad's Enter is Enter; ``ignoring`` names modifiers that change how, not what (Shift
        for a finer step).
        """
        modifiers = event.modifiers() & ~(ignoring | Qt.KeyboardModifier.KeypadModifier)
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        return pressed in self.sequences()

    @property
    def menu_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)

    @property
    def label(self) -> str:
        """The text without its mnemonic or its ellipsis: how the shortcut list names it."""
        text = re.sub(r"\s*\(&\w\)", "", self.menu_text)  # "首选项(&P)": the mnemonic written apart
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")

    def key_text(self) -> str:
        """The keys as the platform writes them ("Ctrl+K"), alternatives joined."""
        native = QKeySequence.SequenceFormat.NativeText
        # Two keys may read the same in a language (Return and Enter are both 回车).
        written = dict.fromkeys(s.toString(native) for s in self.sequences())
        return QCoreApplication.translate("Keys", " or ").join(written)


WINDOW = QT_TRANSLATE_NOOP("Keys", "Anywhere in the Window")
MAP = QT_TRANSLATE_NOOP("Keys", "Body Map")
SEARCH = QT_TRANSLATE_NOOP("Keys", "Search Box")
SESSION = QT_TRANSLATE_NOOP("Keys", "Guided Session")
QUIZ = QT_TRANSLATE_NOOP("Keys", "Learn the Points")
HISTORY = QT_TRANSLATE_NOOP("Keys", "History")
ROUTINES = QT_TRANSLATE_NOOP("Keys", "Routine Editor")

# File menu
PREFERENCES = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Preferences…"), (StandardKey.Preferences, "Ctrl+,"), WINDOW)
EXPORT_VIEW = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Export or Print This View…"), (StandardKey.Print,), WINDOW)
QUIT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Quit"), (StandardKey.Quit, "Ctrl+Q"), WINDOW)
# View menu
FIND_POINT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Find a Point…"), (StandardKey.Find, "Ctrl+K"), WINDOW)
ZOOM_IN = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Zoom &In"), (StandardKey.ZoomIn, "Ctrl+="), WINDOW)
ZOOM_OUT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Zoom &Out"), (StandardKey.ZoomOut,), WINDOW)
FIT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Fi&t Diagram"), ("Ctrl+0",), WINDOW)
LANDMARKS = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Show Lan&dmarks"), ("Ctrl+L",), WINDOW)
OTHER_SIDE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Show the Other &Side"), ("Ctrl+M",), WINDOW)
PREVIOUS_ON_CHANNEL = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Previous Point on the Channel"), ("Alt+Left",), WINDOW)
NEXT_ON_CHANNEL = KeyBinding(QT_TRANSLATE_NOOP("Keys", "N&ext Point on the Channel"), ("Alt+Right",), WINDOW)
NEXT_VIEW = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Next Body View"), ("Ctrl+PgDown",), WINDOW)
PREVIOUS_VIEW = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Pre&vious Body View"), ("Ctrl+PgUp",), WINDOW)
# View menu: the pages, in the order of their tabs
BODY_MAP_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Body Map"), ("Ctrl+1",), WINDOW)
POINTS_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "All &Points"), ("Ctrl+2",), WINDOW)
FINDER_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Find &Help by Complaint"), ("Ctrl+3",), WINDOW)
ROUTINES_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Routines"), ("Ctrl+4",), WINDOW)
MAT_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Mat Sessions"), ("Ctrl+5",), WINDOW)
HISTORY_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Histor&y"), ("Ctrl+6",), WINDOW)
LEARN_PAGE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Learn the Points"), ("Ctrl+7",), WINDOW)
# Help menu
HOW_TO_PRACTISE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&How to Practise…"), (StandardKey.HelpContents,), WINDOW)
KEYBOARD_SHORTCUTS = KeyBinding(QT_TRANSLATE_NOOP("Keys", "&Keyboard Shortcuts"), ("Ctrl+/",), WINDOW)

# Keys that pages read themselves, listed so the user can find them.
MAP_MOVE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Move to the Nearest Point"), ("Left", "Right", "Up", "Down"), MAP)
MAP_OPEN = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Open the Point"), ("Return", "Enter", "Space"), MAP)
SEARCH_CHOOSE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Go Through the Suggestions"), ("Down", "Up"), SEARCH)
SEARCH_OPEN = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Open the Suggestion"), ("Return", "Enter"), SEARCH)
SEARCH_CLEAR = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Clear the Search"), ("Escape",), SEARCH)
SESSION_PAUSE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Pause or Resume"), ("Space",), SESSION)
SESSION_NEXT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Go On to the Next Phase"), ("Right",), SESSION)
SESSION_BACK = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Back to the Start of the Phase"), ("Left",), SESSION)
SESSION_STOP = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Stop, or Close When Done"), ("Escape",), SESSION)
SESSION_FOCUS = KeyBinding(
    QT_TRANSLATE_NOOP("Keys", "Focus Mode (Full Screen)"), (StandardKey.FullScreen, "F11"), SESSION
)
QUIZ_PICK = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Choose an Answer"), ("1", "2", "3", "4"), QUIZ)
QUIZ_REVEAL = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Show the Answer"), ("Space",), QUIZ)
QUIZ_NEXT = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Next Question, or Place the Cross"), ("Return", "Enter"), QUIZ)
QUIZ_AIM = KeyBinding(
    QT_TRANSLATE_NOOP("Keys", "Move the Cross (with Shift: Finely)"), ("Left", "Right", "Up", "Down"), QUIZ
)
HISTORY_DELETE = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Delete"), (StandardKey.Delete,), HISTORY)
HISTORY_UNDO = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Undo"), (StandardKey.Undo,), HISTORY)
STEP_UP = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Move the Step Up"), ("Ctrl+Up",), ROUTINES)
STEP_DOWN = KeyBinding(QT_TRANSLATE_NOOP("Keys", "Move the Step Down"), ("Ctrl+Down",), ROUTINES)

ALL = (
    PREFERENCES,
    EXPORT_VIEW,
    QUIT,
    FIND_POINT,
    ZOOM_IN,
    ZOOM_OUT,
    FIT,
    LANDMARKS,
    OTHER_SIDE,
    PREVIOUS_ON_CHANNEL,
    NEXT_ON_CHANNEL,
    NEXT_VIEW,
    PREVIOUS_VIEW,
    BODY_MAP_PAGE,
    POINTS_PAGE,
    FINDER_PAGE,
    ROUTINES_PAGE,
    MAT_PAGE,
    HISTORY_PAGE,
    LEARN_PAGE,
    HOW_TO_PRACTISE,
    KEYBOARD_SHORTCUTS,
    MAP_MOVE,
    MAP_OPEN,
    SEARCH_CHOOSE,
    SEARCH_OPEN,
    SEARCH_CLEAR,
    SESSION_PAUSE,
    SESSION_NEXT,
    SESSION_BACK,
    SESSION_STOP,
    SESSION_FOCUS,
    QUIZ_PICK,
    QUIZ_REVEAL,
    QUIZ_NEXT,
    QUIZ_AIM,
    HISTORY_DELETE,
    HISTORY_UNDO,
    STEP_UP,
    STEP_DOWN,
)
