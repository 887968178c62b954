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


def test_a_full_disk_costs_log_lines_but_never_a_traceback(tmp_path: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "logs"
    folder.mkdir()
    # /dev/full accepts the open and refuses every write with "No space left on device".
    (folder / "acupressure-desktop.log").symlink_to("/dev/full")
    log = AppLog(folder)
    assert log.start()
    for _ in range(50):
        app_logger().warning("a line that cannot be written")
    log.stop()
    assert not log.started
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_log_files_are_private_from_the_first_line_even_if_they_were_not(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "acupressure-desktop.log").write_text("from an older version\n")
    (folder / "acupressure-desktop.log").chmod(0o644)
    log = AppLog(folder)
    log.start()
    app_logger().info("a note about a session")
    log.stop()
    assert folder.stat().st_mode & 0o777 == 0o700
    for name in ("acupressure-desktop.log", FATAL_FILE):
        assert (folder / name).stat().st_mode & 0o777 == 0o600, name
