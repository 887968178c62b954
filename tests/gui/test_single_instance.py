"""One running copy per history: a second launch hands over, a crashed copy's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.single_instance import TOKEN_VARIABLE, Claim, SingleInstance

# A second copy of the app, reduced to its claim; it prints what happened.
SECOND_COPY = textwrap.dedent(
    """
    import sys, os, signal, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from acupressure_desktop.ui.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]), answer_timeout_ms=int(sys.argv[3]))
    claim = instance.claim()
    print(claim.value, flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if sys.argv[2] == "hang":
        time.sleep(60)
    """
)


def start_copy(data_dir: Path, then: str = "exit", timeout_ms: int = 3000, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, str(data_dir), then, str(timeout_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )


@pytest.fixture
def first(tmp_path: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(tmp_path)
    yield instance
    instance.release()


def test_a_second_launch_hands_over_and_the_first_is_asked_to_come_to_the_front(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    assert first.claim() is Claim.FIRST
    with qtbot.waitSignal(first.activation_requested, timeout=10_000):
        second = start_copy(tmp_path, **{TOKEN_VARIABLE: "token-from-the-launcher"})
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    out, err = second.communicate()
    assert out.strip() == "handed over", err
    # Wayland lets the first copy take focus with the launcher's token.
    assert os.environ[TOKEN_VARIABLE] == "token-from-the-launcher"


def test_a_lock_left_by_a_crashed_copy_is_taken_over(tmp_path: Path) -> None:
    crashed = start_copy(tmp_path, then="crash")
    out, _ = crashed.communicate(timeout=30)
    assert out.strip() == "first"
    assert crashed.returncode == -signal.SIGKILL
    assert (tmp_path / "running.lock").exists()
    instance = SingleInstance(tmp_path)
    assert instance.claim() is Claim.FIRST
    instance.release()


def test_a_copy_that_holds_the_lock_but_never_answers_is_reported(tmp_path: Path) -> None:
    hung = start_copy(tmp_path, then="hang")
    try:
        assert hung.stdout is not None
        assert hung.stdout.readline().strip() == "first"
        instance = SingleInstance(tmp_path, answer_timeout_ms=500)
        assert instance.claim() is Claim.NO_ANSWER
    finally:
        hung.kill()
        hung.communicate()


def test_the_lock_is_released_on_exit_so_the_next_launch_is_first(tmp_path: Path, first: SingleInstance) -> None:
    assert first.claim() is Claim.FIRST
    first.release()
    later = SingleInstance(tmp_path)
    assert later.claim() is Claim.FIRST
    later.release()


def test_an_unwritable_data_folder_runs_without_the_guard(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert SingleInstance(blocker / "data").claim() is Claim.UNGUARDED
