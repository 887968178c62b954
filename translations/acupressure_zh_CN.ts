<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Keys</name>
    <message>
        <source>Anywhere in the Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export or Print This View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;t Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Lan&amp;dmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Other &amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Point on the Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext Point on the Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Body View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Body View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Help by Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mat Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn the Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to Practise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Nearest Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Through the Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go On to the Next Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Start of the Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, or Close When Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Mode (Full Screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Question, or Place the Cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Cross (with Shift: Finely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Step Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Step Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Body Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measuring in Cun…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety and Your Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
