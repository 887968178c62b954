"""The bar under the body map while a point's measurement is shown: this step in words, and the way on."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.ui.map.measuring_guide import MeasuringGuide


class MeasureBar(QFrame):
    """Follows the measuring guide: hidden until a measurement is shown."""

    def __init__(self, guide: MeasuringGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._guide = guide
        self.title = QLabel()
        self.title.setObjectName("measureStep")
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setAccessibleName(self.tr("This step of the measurement"))
        # Room for three lines: a word-wrapped label under a stretching map is otherwise cut short.
        self.words.setMinimumHeight(self.words.fontMetrics().lineSpacing() * 3 + 4)
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.next_button = QPushButton(self.tr("Next Step ▶"))
        self.all_button = QPushButton(self.tr("Show All"))
        self.close_button = QPushButton(self.tr("Done"))
        self.back_button.clicked.connect(guide.back)
        self.next_button.clicked.connect(guide.next)
        self.all_button.clicked.connect(guide.show_all)
        self.close_button.clicked.connect(guide.stop)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.next_button, self.all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.words)
        layout.addLayout(buttons)
        guide.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        guide = self._guide
        self.setVisible(guide.active)
        if not guide.active or guide.point is None:
            return
        count = len(guide.steps)
        self.title.setText(
            self.tr("<b>How to measure {code}</b> · step {step} of {count}").format(
                code=guide.point.code, step=guide.shown, count=count
            )
        )
        self.words.setText(guide.words)
        self.back_button.setEnabled(guide.shown > 1)
        self.next_button.setEnabled(guide.shown < count)
        self.all_button.setEnabled(guide.shown < count)
        if not self.next_button.isEnabled():
            self.close_button.setFocus()
        else:
            self.next_button.setFocus()
