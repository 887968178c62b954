"""Files with the user's health data are theirs alone, and a failed write leaves the old file."""

from __future__ import annotations

from pathlib import Path

import pytest

from acupressure_desktop.private_files import write_private_text


def test_an_export_is_readable_by_the_user_alone(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    write_private_text(target, "id,note\n1,felt calmer\n")
    assert target.read_text() == "id,note\n1,felt calmer\n"
    assert target.stat().st_mode & 0o777 == 0o600


def test_replacing_a_file_leaves_no_partial_copies_behind(tmp_path: Path) -> None:
    target = tmp_path / "history.json"
    target.write_text("old")
    write_private_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]


def test_a_write_that_fails_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "history.json"
    target.write_text("old")

    def full_disk(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_private_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["history.json"]
