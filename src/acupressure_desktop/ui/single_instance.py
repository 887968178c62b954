"""One running copy per history: later launches ask the first one to come to the front.

Two writers on one history would be safe for SQLite but confusing for the user (two windows, two
sessions, two daily backups), so the second launch hands over and exits. A lock file in the data
folder says who is first; a local socket (a file on Unix, a named pipe on Windows, never the network)
carries the "come to the front" request.
"""

from __future__ import annotations

import enum
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise"
ACK = b"ok\n"
# Wayland only lets a window take focus with a token from whoever launched the second copy.
TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"


class Claim(enum.Enum):
    """What happened when this launch asked to be the running copy."""

    FIRST = "first"
    HANDED_OVER = "handed over"
    NO_ANSWER = "no answer"
    UNGUARDED = "unguarded"


def server_name(data_dir: Path) -> str:
    """A socket name private to this user and this history folder."""
    owner = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{owner}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"acupressure-desktop-{digest}"


class SingleInstance(QObject):
    """Holds the app lock for one data folder and listens for later launches.

    ``claim()`` returns FIRST when this process is the running copy (a lock left by a crashed copy is
    taken over), HANDED_OVER when another copy answered and will raise its window, NO_ANSWER when
    another copy holds the lock but did not answer, and UNGUARDED when the lock cannot be written at
    all (a read-only folder), in which case the app runs without the guard.
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

    def claim(self) -> Claim:
        if self._lock.tryLock(0):
            self._listen()
            return Claim.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return Claim.UNGUARDED
        return Claim.HANDED_OVER if self._ask_first_copy() else Claim.NO_ANSWER

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _listen(self) -> None:
        # We hold the lock, so a socket file still there belongs to a copy that crashed.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if server.listen(self._name):
            self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).strip()
        command, _, token = line.partition(b" ")
        if command != RAISE:
            socket.disconnectFromServer()
            return
        if token:
            os.environ[TOKEN_VARIABLE] = token.decode(errors="replace")
        socket.write(ACK)
        socket.flush()
        self.activation_requested.emit()

    def _ask_first_copy(self) -> bool:
        deadline = QDeadlineTimer(self._timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(max(1, deadline.remainingTime())):
                token = os.environ.get(TOKEN_VARIABLE, "").encode()
                socket.write(RAISE + (b" " + token if token else b"") + b"\n")
                socket.flush()
                while socket.waitForReadyRead(max(1, deadline.remainingTime())):
                    if socket.canReadLine():
                        return bytes(socket.readLine().data()) == ACK
                return False
            # The first copy may be between taking the lock and listening; try again shortly.
            QThread.msleep(100)
        return False
