import json
import tempfile
from pathlib import Path

import pytest

from acupressure_desktop.ui.shell import self_test


# The report's sound check probes the audio system, which warns when there is no sound server.
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_a_failing_part_makes_the_self_test_fail_and_says_which(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_context: dict) -> str:  # type: ignore[type-arg]
        raise FileNotFoundError("catalog/points is missing")

    monkeypatch.setattr(self_test, "_catalog", broken)
    assert self_test.run_self_test() == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    failed = {c["check"]: c["detail"] for c in report["checks"] if not c["ok"]}
    assert failed["catalog"] == "FileNotFoundError: catalog/points is missing"


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_the_self_test_leaves_no_folder_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert self_test.run_self_test() == 0, capsys.readouterr().out
    assert list(temp.iterdir()) == []
