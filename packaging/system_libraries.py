"""Which libraries of the operating system the bundle loads, and which Debian packages provide them.

The bundle carries Qt and Python but not the system's own libraries (X11, xcb, glib, fontconfig,
sqlite, ...). This reads what every ELF file in the bundle needs (``ldd``, with the bundle's folders
searched first, as the frozen app does), keeps what resolves outside the bundle and asks ``dpkg``
which package owns it. Only direct needs count (``readelf``); the packages bring the rest.
Plugins the app can live without only make their packages "recommended".
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

# Parts the app can live without: plugins Qt tries and quietly skips when their libraries are
# missing (the GTK theme, speech, Wayland, where the app then runs through XWayland, the IBus input
# method), and QtMultimedia, without which the app guides on screen only.
OPTIONAL_PARTS = (
    "libQt6Multimedia",
    "QtMultimedia.abi3",
    "plugins/platformthemes/",
    "plugins/texttospeech/",
    "plugins/wayland-",
    "plugins/platforms/libqwayland",
    "plugins/platforminputcontexts/libibus",
    "libQt6WaylandClient",
    "libQt6WlShellIntegration",
    "libQt6TextToSpeech",
)
# Libraries an optional plugin needs that a build machine without a desktop may not have.
OPTIONAL_BY_NAME = {
    "libgtk-3.so.0": "libgtk-3-0t64 | libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0t64 | libgtk-3-0",
    "libspeechd.so.2": "libspeechd2",
}
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
NEEDED_LINE = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+)\]")
GLIBC_VERSION = re.compile(rb"GLIBC_2\.(\d+)")


@dataclass
class Requirements:
    """What the bundle needs from the system."""

    depends: set[str] = field(default_factory=set)
    recommends: set[str] = field(default_factory=set)
    missing: list[str] = field(default_factory=list)
    glibc_minor: int = 17

    def depends_field(self) -> str:
        return ", ".join([f"libc6 (>= 2.{self.glibc_minor})", *sorted(self.depends - {"libc6"})])

    def recommends_field(self, extra: tuple[str, ...] = ()) -> str:
        return ", ".join(sorted((self.recommends - self.depends) | set(extra)))


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def owning_package(library: Path) -> str | None:
    """The Debian package that installed ``library`` (either side of the merged /usr)."""
    candidates = [str(library)]
    text = str(library)
    if text.startswith("/usr/lib/"):
        candidates.append(text.removeprefix("/usr"))
    elif text.startswith("/lib/"):
        candidates.append("/usr" + text)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":", 1)[0].strip()
    return None


def read_requirements(bundle: Path) -> Requirements:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    library_dirs = sorted({str(p.parent) for p in files})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(library_dirs)}
    needs = Requirements()
    owners: dict[Path, str | None] = {}
    for elf in files:
        relative = elf.relative_to(bundle).as_posix()
        optional = any(part in relative for part in OPTIONAL_PARTS)
        found = GLIBC_VERSION.findall(elf.read_bytes())
        if found:
            needs.glibc_minor = max(needs.glibc_minor, *(int(v) for v in found))
        dynamic = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=False).stdout
        direct = set(NEEDED_LINE.findall(dynamic))
        output = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env, check=False).stdout
        for line in output.splitlines():
            match = LDD_LINE.match(line)
            if match is None or match.group(1) not in direct:
                continue
            name, target = match.groups()
            if target == "not found":
                if name in OPTIONAL_BY_NAME:
                    needs.recommends.add(OPTIONAL_BY_NAME[name])
                elif not optional:
                    needs.missing.append(f"{relative} needs {name}")
                continue
            resolved = Path(target).resolve()
            if resolved.is_relative_to(bundle.resolve()):
                continue
            if resolved not in owners:
                owners[resolved] = owning_package(resolved)
            package = owners[resolved]
            if package is None:
                needs.missing.append(f"{relative} needs {resolved}, which no Debian package provides here")
            else:
                (needs.recommends if optional else needs.depends).add(package)
    return needs
