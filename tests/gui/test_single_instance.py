"""One running copy per history: a second launch hands over, a crashed copy's lock is taken over."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from acupressure_desktop.ui.shell.single_instance import (
    MAX_CONNECTIONS,
    MAX_MESSAGE,
    TOKEN_VARIABLE,
    Claim,
    SingleInstance,
    server_name,
    valid_token,
)

ANOTHER_UID = 12345
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")

# A second copy of the app, reduced to its claim; it prints what happened.
SECOND_COPY = textwrap.dedent(
    """
    import sys, os, signal, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from acupressure_desktop.ui.shell.single_instance import SingleInstance
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


def start_copy(
    data_dir: Path, then: str = "exit", timeout_ms: int = 3000, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_COPY, str(data_dir), then, str(timeout_ms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def short_private_dir() -> Path:
    # Socket paths must stay short; pytest's tmp_path can be too long for sockaddr_un.
    return Path(tempfile.mkdtemp(prefix="acu-"))


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own private runtime folder, so sockets never meet the user's real ones."""
    folder = short_private_dir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


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
        second = start_copy(tmp_path, env={TOKEN_VARIABLE: "token-from-the-launcher"})
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


@pytest.mark.parametrize("contents", [b"", b"not a lock file\n"], ids=["empty", "garbled"])
def test_an_empty_or_garbled_lock_file_left_by_a_power_cut_is_taken_over(tmp_path: Path, contents: bytes) -> None:
    (tmp_path / "running.lock").write_bytes(contents)
    instance = SingleInstance(tmp_path, answer_timeout_ms=500)
    try:
        assert instance.claim() is Claim.FIRST
        assert instance.listening
    finally:
        instance.release()


def test_a_lock_naming_a_live_unrelated_process_is_taken_over_when_nobody_answers(tmp_path: Path) -> None:
    lock_path = tmp_path / "running.lock"
    ours = QLockFile(str(lock_path))
    assert ours.tryLock(0)
    contents = lock_path.read_bytes()
    ours.unlock()
    # After a reboot the pid may belong to another Python program; Qt then thinks the lock is held.
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _, rest = contents.split(b"\n", 1)
        lock_path.write_bytes(str(unrelated.pid).encode() + b"\n" + rest)
        assert not QLockFile(str(lock_path)).tryLock(0)
        instance = SingleInstance(tmp_path, answer_timeout_ms=500)
        assert instance.claim() is Claim.FIRST
        instance.release()
    finally:
        unrelated.kill()
        unrelated.wait()


def connect(name: str) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(name)
    return client


def test_a_malformed_token_is_ignored_and_the_window_still_comes_to_the_front(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    assert first.claim() is Claim.FIRST
    client = connect(server_name(tmp_path))
    with qtbot.waitSignal(first.activation_requested, timeout=5_000):
        client.write(b"raise bad\x00token\n")
    assert TOKEN_VARIABLE not in os.environ
    qtbot.waitUntil(client.canReadLine, timeout=5_000)
    assert bytes(client.readLine().data()) == b"ok\n"


@pytest.mark.parametrize(
    "token",
    ["", "a b", "x" * 1000, "caf\u00e9", "tab\there", "nul\x00"],
    ids=["empty", "space", "long", "non-ascii", "tab", "nul"],
)
def test_tokens_must_be_short_printable_ascii(token: str) -> None:
    assert not valid_token(token)


def test_a_valid_looking_token_is_accepted() -> None:
    assert valid_token("gnome-shell/Terminal/1234-5-host_TIME987")


def server_side_sockets(instance: SingleInstance) -> list[QLocalSocket]:
    return instance.findChildren(QLocalSocket)


def count_open(sockets: list[QLocalSocket]) -> int:
    return sum(s.state() == QLocalSocket.LocalSocketState.ConnectedState for s in sockets)


def test_a_message_without_a_newline_is_cut_off_at_the_limit(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance
) -> None:
    assert first.claim() is Claim.FIRST
    client = connect(server_name(tmp_path))
    assert client.waitForConnected(5_000)
    held = 0

    def server_dropped_it() -> bool:
        nonlocal held
        held = max([held, *(s.bytesAvailable() for s in server_side_sockets(first))])
        return client.state() == QLocalSocket.LocalSocketState.UnconnectedState

    with qtbot.assertNotEmitted(first.activation_requested):
        client.write(b"x" * 1_000_000)
        qtbot.waitUntil(server_dropped_it, timeout=5_000)
    assert held <= MAX_MESSAGE
    qtbot.waitUntil(lambda: not server_side_sockets(first), timeout=5_000)


def test_connections_beyond_the_limit_are_refused_and_idle_ones_closed(
    qtbot: QtBot, tmp_path: Path, first: SingleInstance
) -> None:
    assert first.claim() is Claim.FIRST
    name = server_name(tmp_path)
    clients = [connect(name) for _ in range(50)]

    def count(state: QLocalSocket.LocalSocketState) -> int:
        return sum(client.state() == state for client in clients)

    connected, unconnected = (
        QLocalSocket.LocalSocketState.ConnectedState,
        QLocalSocket.LocalSocketState.UnconnectedState,
    )
    qtbot.waitUntil(lambda: count(connected) == MAX_CONNECTIONS and count(unconnected) == 50 - MAX_CONNECTIONS)
    assert count_open(server_side_sockets(first)) <= MAX_CONNECTIONS
    qtbot.waitUntil(lambda: count(unconnected) == 50, timeout=10_000)
    qtbot.waitUntil(lambda: not server_side_sockets(first), timeout=5_000)


def test_the_socket_lives_in_the_private_runtime_folder(
    tmp_path: Path, runtime_dir: Path, first: SingleInstance
) -> None:
    assert first.claim() is Claim.FIRST
    name = Path(server_name(tmp_path))
    assert name.parent == runtime_dir
    assert name.is_socket()


@needs_root
@pytest.mark.parametrize("problem", ["shared", "foreign"])
def test_a_runtime_folder_others_can_use_is_not_trusted(
    tmp_path: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch, problem: str
) -> None:
    if problem == "shared":
        runtime_dir.chmod(0o755)
    else:
        os.chown(runtime_dir, ANOTHER_UID, ANOTHER_UID)
    temp = short_private_dir()
    monkeypatch.setenv("TMPDIR", str(temp))
    try:
        name = Path(server_name(tmp_path))
        assert name.parent == temp
        assert str(os.getuid()) in name.name
    finally:
        shutil.rmtree(temp)


@pytest.fixture
def squatted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    """Another user got to the socket path in the shared temporary folder first."""
    temp = short_private_dir()
    temp.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(temp))
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(server_name(tmp_path))
    squatter.listen(8)
    squatter.setblocking(False)
    os.chown(server_name(tmp_path), ANOTHER_UID, ANOTHER_UID)
    yield squatter
    squatter.close()
    shutil.rmtree(temp)


@needs_root
def test_a_socket_squatted_by_another_user_is_neither_removed_nor_talked_to(
    tmp_path: Path, squatted: socket.socket
) -> None:
    name = Path(server_name(tmp_path))
    instance = SingleInstance(tmp_path)
    try:
        assert instance.claim() is Claim.FIRST
        assert not instance.listening
        assert name.stat().st_uid == ANOTHER_UID
        second = SingleInstance(tmp_path, answer_timeout_ms=500)
        assert second.claim() is Claim.NO_ANSWER
        with pytest.raises(BlockingIOError):
            squatted.accept()
    finally:
        instance.release()
