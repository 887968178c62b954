"""The log file: written, rotated, private, and optional when the folder cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path

from acupressure_desktop.app_log import BACKUPS, FATAL_FILE, MAX_BYTES, AppLog, app_logger


def test_messages_reach_the_log_file_in_a_private_folder(tmp_path: Path) -> None:
    log = AppLog(tmp_path / "logs")
    assert log.start()
    try:
        app_logger().info("session window opened")
        app_logger().debug("too chatty for the file")
    finally:
        log.stop()
    text = log.log_file.read_text(encoding="utf-8")
    assert "INFO acupressure_desktop: session window opened" in text
    assert "too chatty" not in text
    assert (tmp_path / "logs").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "logs" / FATAL_FILE).exists()


def test_the_log_rotates_instead_of_growing_without_end(tmp_path: Path) -> None:
    log = AppLog(tmp_path)
    log.start()
    try:
        line = "x" * 1000
        for _ in range(MAX_BYTES * (BACKUPS + 2) // 1000):
            app_logger().info(line)
    finally:
        log.stop()
    files = sorted(p.name for p in tmp_path.glob("acupressure-desktop.log*"))
    assert len(files) == BACKUPS + 1
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in tmp_path.glob("acupressure-desktop.log*"))


def test_an_unwritable_log_folder_is_explained_and_nothing_breaks(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file, not a folder")
    log = AppLog(blocker / "inner")
    assert not log.start()
    assert str(blocker / "inner") in log.problem
    app_logger().warning("still fine without a file")
    log.stop()


def test_stopping_detaches_the_file(tmp_path: Path) -> None:
    log = AppLog(tmp_path)
    log.start()
    log.stop()
    assert not log.started
    assert not any(isinstance(h, logging.FileHandler) for h in app_logger().handlers)
