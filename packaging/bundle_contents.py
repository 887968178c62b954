"""What goes into the PyInstaller bundle, shared by the Linux, Windows and macOS specs."""

from __future__ import annotations

import sys

# Qt modules the app never imports; leaving them out keeps the bundle small.
UNUSED_QT = [
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuickControls2",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtUiTools",
    "PySide6.QtHttpServer",
    "PySide6.QtSpatialAudio",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtCanvasPainter",
    "PySide6.QtAxContainer",
    "PySide6.QtVirtualKeyboard",
]

# Imported only when first needed, which static analysis may not follow through Qt signals;
# pyqtgraph imports QtOpenGL and QtOpenGLWidgets by name at run time.
HIDDEN_IMPORTS = [
    "acupressure_desktop.ui.shell.assembly",
    "acupressure_desktop.ui.shell.launch",
    "acupressure_desktop.ui.map.workspace",
    "acupressure_desktop.ui.practice.practice_dialog",
    "acupressure_desktop.ui.map.export_dialog",
    "acupressure_desktop.ui.learning.learn_page",
    "PySide6.QtPrintSupport",
    "acupressure_desktop.ui.history.history_page",
    "acupressure_desktop.ui.history.history_charts",
    "acupressure_desktop.ui.preferences.preferences_dialog",
    "acupressure_desktop.ui.shell.self_test",
    "acupressure_desktop.ui.guidance.finder_page",
    "acupressure_desktop.ui.guidance.routines_page",
    "acupressure_desktop.ui.guidance.practice_guide",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "pyqtgraph.exporters",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
]
# No network, no terminal line editing, no test or notebook tools in the installed app.
EXCLUDES = [
    *UNUSED_QT,
    "PySide6.QtTest",
    "ssl",
    "_ssl",
    "readline",
    "tkinter",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "matplotlib",
    "PyQt5",
    "PyQt6",
]

# What the app never loads. Qt Quick/QML/PDF come in through plugins (virtual keyboard, PDF images);
# of Qt's own translations only those of the app's languages are kept (QT_TRANSLATIONS). The FFmpeg
# media backend serves video and media playback only: QSoundEffect plays our WAV cues through
# QtMultimedia's own PulseAudio/PipeWire output without it (checked against a PulseAudio server),
# so FFmpeg's 20 MB stay out. No TLS or network-status plugins (the app never goes online), no
# embedded-display platforms or touch drivers.
DROP = (
    "qtvirtualkeyboard",
    "libqpdf",
    "libQt6Pdf",
    "libQt6Quick",
    "libQt6Qml",
    "libQt6VirtualKeyboard",
    "PySide6/Qt/translations",
    "libQt6WebEngine",
    "plugins/multimedia/",
    "libavcodec",
    "libavformat",
    "libavutil",
    "libswresample",
    "libswscale",
    "FFmpegStub",
    "plugins/tls/",
    "plugins/networkinformation/",
    "plugins/generic/",
    "plugins/egldeviceintegrations/",
    "libQt6EglFS",
    "libQt6EglFs",
    "libqeglfs",
    "libqlinuxfb",
    "libqminimal",
    "libqvnc",
    "libqvkkhrdisplay",
    "libQt6Test",
    "libqgif",
    "libqicns",
    "libqtga",
    "libqtiff",
    "libqwbmp",
    "libqwebp",
    "libqjpeg",
)
# Libraries of the operating system itself (X11, xcb, glib, fontconfig, PulseAudio, sqlite, ...) are
# not copied: copies from the build machine would shadow the user's newer ones and break the system's
# GL drivers and GTK theme. The Debian package depends on them instead (build_deb.py lists them).
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


# Qt's words (Cancel, Close, Yes) in the languages the app is translated into.
QT_TRANSLATIONS = ("qtbase_de.qm", "qtbase_zh_CN.qm")


def keep(entry: tuple[str, str, str]) -> bool:
    """Whether a (name, source, kind) entry of PyInstaller's analysis belongs in the bundle."""
    name = entry[0].replace("\\", "/")
    if "PySide6/Qt/translations/" in name and name.rsplit("/", 1)[-1] in QT_TRANSLATIONS:
        return True
    if sys.platform.startswith("linux") and str(entry[1]).startswith(SYSTEM_DIRS):
        return False
    return not any(part in name for part in DROP)
