"""One running copy per history: later launches ask the first one to come to the front.

Two writers on one history would be safe for SQLite but confusing for the user (two windows, two
sessions, two daily backups), so the second launch hands over and exits. A lock file in the data
folder says who is first; a local socket (a file on Unix, a named pipe on Windows, never the network)
carries the "come to the front" request.

The socket is reachable by anything running as this user, and on Unix it may sit in the shared
temporary folder, so both ends distrust it: the socket file must belong to this user, requests are
short single lines read within a deadline, and only a few connections are served at once.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, QThread, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from acupressure_desktop.app_log import app_logger

RAISE = b"raise"
ACK = b"ok\n"
# Wayland only lets a window take focus with a token from whoever launched the second copy.
TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"
MAX_TOKEN = 256
# A request is one line, newline included; anything longer is not from this app.
MAX_MESSAGE = 4096
MAX_CONNECTIONS = 8
IDLE_TIMEOUT_MS = 2000
# sockaddr_un holds 104 bytes on macOS and 108 on Linux, terminator included.
MAX_SOCKET_PATH = 100


class Claim(enum.Enum):
    """What happened when this launch asked to be the running copy."""

    FIRST = "first"
    HANDED_OVER = "handed over"
    NO_ANSWER = "no answer"
    UNGUARDED = "unguarded"


def server_name(data_dir: Path) -> str:
    """Where later launches find the running copy: a socket path on Unix, a pipe name on Windows."""
    if sys.platform == "win32":
        # Named pipes are already per session; the user name keeps two accounts apart.
        return f"acupressure-desktop-{_digest(os.environ.get('USERNAME', ''), data_dir)}"
    uid = os.getuid()
    digest = _digest(str(uid), data_dir)
    runtime = private_runtime_dir()
    if runtime is not None:
        path = str(runtime / f"acupressure-desktop-{digest}")
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
    return str(Path(QDir.tempPath()) / f"acupressure-desktop-{uid}-{digest}")


def private_runtime_dir() -> Path | None:
    """``XDG_RUNTIME_DIR`` when it is a folder that only this user can enter, else None."""
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if not value or not Path(value).is_absolute():
        return None
    try:
        info = Path(value).lstat()
    except OSError:
        return None
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700:
        return Path(value)
    return None


def valid_token(token: str) -> bool:
    """Activation tokens are short printable ASCII without spaces; anything else is ignored."""
    return 0 < len(token) <= MAX_TOKEN and all("!" <= char <= "~" for char in token)


def _digest(owner: str, data_dir: Path) -> str:
    return hashlib.sha256(f"{owner}:{data_dir.resolve()}".encode()).hexdigest()[:16]


def _owned_by_someone_else(name: str) -> bool:
    """True when the socket file exists but is not this user's (or cannot be checked)."""
    if sys.platform == "win32":
        return False
    try:
        info = Path(name).lstat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return info.st_uid != os.getuid()


def _log() -> logging.Logger:
    return app_logger()


class SingleInstance(QObject):
    """Holds the app lock for one data folder and listens for later launches.

    ``claim()`` returns FIRST when this process is the running copy, HANDED_OVER when another copy
    answered and will raise its window, NO_ANSWER when another copy holds the lock but did not answer,
    and UNGUARDED when the lock cannot be written at all (a read-only folder), in which case the app
    runs without the guard.

    A lock nobody answers for is taken over unless its holder is still alive. The lock file's pid
    cannot tell (after a reboot it may name an unrelated process, and a power cut can leave the file
    empty), but the holder keeps an OS lock on the file for as long as it runs (flock on Unix, a handle
    that forbids deletion on Windows), so ``removeStaleLockFile()`` only succeeds once it has gone.
    NO_ANSWER therefore means a live copy of this app is stuck, and closing it fixes the next launch.
    """

    activation_requested = Signal()

    def __init__(self, data_dir: Path, answer_timeout_ms: int = 3000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(data_dir / "running.lock"))
        # Age never makes the lock stale; a lock whose process is gone is taken over by tryLock.
        self._lock.setStaleLockTime(0)
        self._name = server_name(data_dir)
        self._timeout_ms = answer_timeout_ms
        self._server: QLocalServer | None = None
        self._connections: list[QLocalSocket] = []

    @property
    def listening(self) -> bool:
        """Whether later launches can reach this copy."""
        return self._server is not None

    def claim(self) -> Claim:
        if self._lock.tryLock(0):
            return self._become_first()
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return Claim.UNGUARDED
        pid = self._lock.getLockInfo()[0]
        # No pid means an empty or garbled file (a power cut while it was written): nobody to ask.
        if pid > 0 and self._ask_first_copy():
            return Claim.HANDED_OVER
        if self._take_over_stale_lock():
            _log().warning("Took over an app lock (holder %s) that nobody answered for", pid or "unknown")
            return self._become_first()
        # The holder is alive; with no pid to go by it may still be starting, so ask it now.
        if pid <= 0 and self._ask_first_copy():
            return Claim.HANDED_OVER
        return Claim.NO_ANSWER

    def release(self) -> None:
        for socket in list(self._connections):
            self._drop(socket)
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _become_first(self) -> Claim:
        self._listen()
        return Claim.FIRST

    def _take_over_stale_lock(self) -> bool:
        # Without this guard two launches clearing the same lock could delete each other's new one.
        guard = QLockFile(self._lock.fileName() + ".rmlock")
        if not guard.tryLock(0):
            return False
        try:
            return self._lock.removeStaleLockFile() and self._lock.tryLock(0)
        finally:
            guard.unlock()

    def _listen(self) -> None:
        if _owned_by_someone_else(self._name):
            # Never delete or trust another user's file; this copy just cannot be raised by later ones.
            _log().warning("%s belongs to another user; running without the single-copy listener", self._name)
            return
        # We hold the lock, so a socket file still there belongs to a copy of ours that crashed.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self._name):
            _log().warning("Cannot listen at %s: %s", self._name, server.errorString())
            return
        if _owned_by_someone_else(self._name):
            server.close()
            _log().warning("%s was replaced by another user's file; running without the listener", self._name)
            return
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if len(self._connections) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._serve(socket)

    def _serve(self, socket: QLocalSocket) -> None:
        self._connections.append(socket)
        # Qt stops reading from the OS once this much is buffered, so a flood cannot grow memory.
        socket.setReadBufferSize(MAX_MESSAGE)
        QTimer.singleShot(IDLE_TIMEOUT_MS, socket, lambda s=socket: self._drop(s))
        socket.readyRead.connect(lambda s=socket: self._read(s))
        socket.disconnected.connect(lambda s=socket: self._forget(s))
        if socket.bytesAvailable():
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._connections:
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() >= MAX_MESSAGE:
                _log().warning("Closed a connection that sent more than %d bytes without a newline", MAX_MESSAGE)
                self._drop(socket)
            return
        line = bytes(socket.readLine().data()).strip()
        command, _, token = line.partition(b" ")
        if command != RAISE:
            self._drop(socket)
            return
        self._use_token(token)
        socket.write(ACK)
        socket.disconnectFromServer()
        self.activation_requested.emit()

    def _use_token(self, token: bytes) -> None:
        text = token.decode("ascii", errors="replace")
        if valid_token(text):
            os.environ[TOKEN_VARIABLE] = text
        elif token:
            _log().info("Ignored a malformed activation token")

    def _drop(self, socket: QLocalSocket) -> None:
        if socket in self._connections:
            self._forget(socket)
            socket.abort()

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._connections:
            self._connections.remove(socket)
            socket.deleteLater()

    def _ask_first_copy(self) -> bool:
        token = os.environ.get(TOKEN_VARIABLE, "")
        request = RAISE + (b" " + token.encode() if valid_token(token) else b"") + b"\n"
        deadline = QDeadlineTimer(self._timeout_ms)
        while not deadline.hasExpired():
            if _owned_by_someone_else(self._name):
                _log().warning("%s belongs to another user; not asking it to raise a window", self._name)
                return False
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(max(1, deadline.remainingTime())):
                socket.write(request)
                socket.flush()
                while socket.waitForReadyRead(max(1, deadline.remainingTime())):
                    if socket.canReadLine():
                        return bytes(socket.readLine().data()) == ACK
                return False
            # The first copy may be between taking the lock and listening; try again shortly.
            QThread.msleep(100)
        return False
