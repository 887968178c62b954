"""The guide to measuring in cun: finger measures drawn, each body measure drawn on its view, linked from the text."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from acupressure_desktop.catalog.atlas.atlas_files import read_measures
from acupressure_desktop.resources import resource_root


def open_guide(window, qtbot: QtBot):  # type: ignore[no-untyped-def]
    window.cun_guide_action.trigger()
    guide = window.workspace.cun_guide
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)
    return guide


def test_help_opens_the_guide_with_the_finger_measures_and_every_body_measure(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(window, qtbot)
    text = guide.browser.toPlainText()
    for words in ("One thumb's width", "Two fingers side by side", "Four fingers side by side"):
        assert words in text
    assert set(guide.measures) == {m.id for m in read_measures(resource_root()).measures}
    assert guide.shown_measure == "forearm" and "12 cun" in guide.caption.text()


def test_clicking_a_body_measure_draws_it_on_its_view(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(window, qtbot)
    before = guide.picture.pixmap().toImage()
    guide.browser.anchorClicked.emit(QUrl("measure:leg_front"))
    assert guide.shown_measure == "leg_front"
    assert "Leg, front" in guide.caption.text() and "16 cun" in guide.caption.text()
    assert guide.picture.pixmap().toImage() != before


def test_a_cun_in_a_location_text_leads_to_the_guide(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.selection.select("ST36")
    assert "cun:" in window.panel.html()
    window.panel.browser.anchorClicked.emit(QUrl("cun:"))
    assert window.workspace.cun_guide is not None and window.workspace.cun_guide.isVisible()
    qtbot.addWidget(window.workspace.cun_guide)
