"""Two computers kept in sync by two real Syncthing instances: practice on one shows on the other.

Each instance listens on loopback only, with discovery, relays, NAT traversal and reporting off,
so the test never talks to the network and never meets a Syncthing already running here.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from uuid import uuid4

import pytest

from acupressure_desktop.history import SessionStatus
from acupressure_desktop.history.sync.merge import MergeResult
from tests.unit.history_data import session
from tests.unit.sync_computer import Computer

FOLDER_ID = "acupressure-sync"
# Below pytest's faulthandler_timeout (120 s), so a stuck sync fails with the logs, not a stack dump.
DEADLINE_S = 100.0
POLL_S = 0.5
# Set before the first start, so an instance never opens a public port or announces itself, even briefly.
PRIVATE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    # A dial that fails is tried again in seconds, not after the default minute.
    "reconnectionIntervalS": "2",
}
# The loopback REST API must not be sent through a proxy, nor Syncthing's own connections.
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))
PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
# A server starting up or shutting down may drop a request halfway.
REST_ERRORS = (OSError, http.client.HTTPException)


def free_ports(count: int) -> list[int]:
    """Ports nothing listens on; all held open together, so no two of them are the same."""
    with contextlib.ExitStack() as stack:
        probes = [stack.enter_context(socket.socket()) for _ in range(count)]
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]


@dataclass
class SyncthingInstance:
    """One Syncthing with its own home, log and synced folder, driven through its REST API."""

    root: Path
    gui_port: int
    sync_port: int
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def folder(self) -> Path:
        return self.root / "Sync"

    @property
    def log(self) -> Path:
        return self.root / "syncthing.log"

    def start(self, syncthing: str) -> None:
        """Generate a config, keep it private, start serving and wait until the REST API answers."""
        self.folder.mkdir(parents=True)
        env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
        env |= {"STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"}
        generate = [syncthing, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"]
        subprocess.run(generate, env=env, capture_output=True, check=True, timeout=60)
        self._keep_private(self.home / "config.xml")
        self._log = self.log.open("wb")
        serve = [syncthing, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"]
        self.process = subprocess.Popen([*serve, "--logflags=3"], env=env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                self.rest("GET", "/rest/system/ping")
                break
            except REST_ERRORS:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"Syncthing in {self.root} did not start:\n{self.log_tail()}")
                time.sleep(0.2)
        self.device_id = self.rest("GET", "/rest/system/status")["myID"]

    def _keep_private(self, config: Path) -> None:
        tree = ET.parse(config)
        gui, options = tree.find("gui"), tree.find("options")
        assert gui is not None and options is not None, config.read_text()
        for element, name, value in [
            (gui, "address", f"127.0.0.1:{self.gui_port}"),
            (gui, "apikey", self.api_key),
            (options, "listenAddress", f"tcp://127.0.0.1:{self.sync_port}"),
            *((options, name, value) for name, value in PRIVATE_OPTIONS.items()),
        ]:
            child = element.find(name)
            assert child is not None, f"{name} is missing from {config}"
            child.text = value
        tree.write(config)

    def rest(self, method: str, path: str, body: object = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        with NO_PROXY.open(request, timeout=10) as response:
            answer = response.read()
        return json.loads(answer) if answer.strip() else None

    def know(self, other: SyncthingInstance, dial: bool) -> None:
        """Know the other device: by its loopback address to dial it, else only to accept it."""
        address = f"tcp://127.0.0.1:{other.sync_port}" if dial else "dynamic"  # no discovery: never dialled
        device = {"deviceID": other.device_id, "name": other.root.name, "addresses": [address]}
        self.rest("POST", "/rest/config/devices", device)

    def share_with(self, other: SyncthingInstance) -> None:
        """Add the one shared folder, the same id on both sides."""
        folder = {
            "id": FOLDER_ID,
            "label": "Acupressure",
            "path": str(self.folder),
            "type": "sendreceive",
            "rescanIntervalS": 2,  # the fallback should the file watcher miss a write
            "fsWatcherEnabled": True,
            "fsWatcherDelayS": 1,
            "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}],
        }
        self.rest("POST", "/rest/config/folders", folder)

    def scan(self) -> None:
        """Only to be quicker: the watcher and the rescan interval find the change all the same."""
        with contextlib.suppress(*REST_ERRORS):  # a folder still starting refuses a scan
            self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def log_tail(self, chars: int = 6000) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else "(no log)"
        return text[-chars:]

    def diagnostics(self) -> str:
        parts = [f"--- Syncthing {self.root.name} ({self.device_id}) ---"]
        for path in (f"/rest/db/status?folder={FOLDER_ID}", "/rest/system/connections"):
            try:
                parts.append(f"{path}: {json.dumps(self.rest('GET', path))}")
            except REST_ERRORS as error:
                parts.append(f"{path}: {error}")
        parts.append(self.log_tail())
        return "\n".join(parts)

    def stop(self) -> None:
        """Ask it to shut down, then terminate and kill if it does not; never leave it running."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(*REST_ERRORS):  # ended below all the same
                self.rest("POST", "/rest/system/shutdown")
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.terminate()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        if self._log is not None:
            self._log.close()


@pytest.fixture
def syncthings(tmp_path: Path) -> Iterator[tuple[SyncthingInstance, SyncthingInstance]]:
    syncthing = shutil.which("syncthing")
    if syncthing is None:
        reason = "Syncthing is not installed (with CI=true, the test command installs Debian's syncthing as root)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must run this test")
        pytest.skip(reason)
    ports = free_ports(4)
    desk = SyncthingInstance(tmp_path / "desk-syncthing", *ports[:2])
    laptop = SyncthingInstance(tmp_path / "laptop-syncthing", *ports[2:])
    try:
        desk.start(syncthing)
        laptop.start(syncthing)
        # Only the desk dials, and only once the laptop knows it. Both instances dial from their
        # listening port, so two dials at once meet as one TCP connection that hangs until
        # Syncthing's 20 s hello timeout; a refused first dial is followed by the same.
        laptop.know(desk, dial=False)
        desk.know(laptop, dial=True)
        desk.share_with(laptop)
        laptop.share_with(desk)
        yield desk, laptop
    finally:
        desk.stop()
        laptop.stop()


def wait_until(done: Callable[[], bool], deadline: float, what: str, *instances: SyncthingInstance) -> None:
    while not done():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {DEADLINE_S:.0f} s\n" + "\n".join(i.diagnostics() for i in instances))
        time.sleep(POLL_S)


@pytest.mark.slow
def test_a_session_recorded_on_one_computer_reaches_the_other_through_syncthing(
    syncthings: tuple[SyncthingInstance, SyncthingInstance], tmp_path: Path
) -> None:
    desk_syncthing, laptop_syncthing = syncthings
    deadline = time.monotonic() + DEADLINE_S
    desk = Computer(tmp_path / "desk", desk_syncthing.folder, uuid4().hex, "Desk")
    laptop = Computer(tmp_path / "laptop", laptop_syncthing.folder, uuid4().hex, "Laptop")
    try:
        record = session(1).model_copy(update={"device": desk.sync.device})
        assert desk.history.sessions.begin(
            record.model_copy(update={"status": SessionStatus.IN_PROGRESS, "ended_at": None})
        )
        assert desk.history.sessions.save(record)
        assert desk.problems == [""]  # the finished session went to the desk's journal
        desk_syncthing.scan()
        merged: list[MergeResult | None] = []

        def laptop_has_it() -> bool:
            merged.append(laptop.sync.merge_into(laptop.merge).merged)
            return laptop.history.sessions.get(record.id) is not None

        wait_until(laptop_has_it, deadline, "the session did not reach the laptop", *syncthings)
        arrived = laptop.history.sessions.get(record.id)
        assert arrived is not None and merged[-1] == MergeResult(added=1)
        assert (arrived.point_code, arrived.started_at, arrived.status) == ("LI4", record.started_at, "completed")
        assert arrived == record

        assert laptop.history.sessions.update_note(record.id, "felt warmer")
        assert laptop.problems == [""]
        laptop_syncthing.scan()

        def desk_has_the_note() -> bool:
            desk.sync.merge_into(desk.merge)
            found = desk.history.sessions.get(record.id)
            return found is not None and found.note == "felt warmer"

        wait_until(desk_has_the_note, deadline, "the laptop's note did not reach the desk", *syncthings)
    finally:
        desk.history.close()
        laptop.history.close()
