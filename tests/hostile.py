"""Hostile content and special files for the fault tests: documents broken in structure, nesting,
size, dates and encoding, and pipes, devices, folders and sockets in place of ordinary files."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

QUICK_S = 2.0  # far more than any refusal takes; a pipe that is waited on takes the helper's delay
UNBLOCK_AFTER_S = 3.0
T = TypeVar("T")
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# --- hostile content ------------------------------------------------------------------------------

HOLE = "\u0000hole\u0000"  # stands for a raw JSON fragment that json.dumps could not produce


def nested(depth: int, kind: str) -> str:
    if kind == "lists":
        return "[" * depth + "]" * depth
    if kind == "dicts":
        return '{"a":' * depth + "0" + "}" * depth
    return "[" * depth  # never closed


def depths() -> st.SearchStrategy[int]:
    # Python's own limit is near 1000, so both sides of it, and far beyond.
    return st.integers(1, 60) | st.sampled_from([900, 999, 1000, 1001, 5000, 50_000, 100_000]) | st.integers(1, 100_000)


DATES = [
    "0001-01-01T00:00:00-23:59",  # past the start of time once in UTC
    "9999-12-31T23:59:59+14:00",
    "9999-12-31T23:59:59-14:00",  # past the end of time once in UTC
    "10000-01-01T00:00:00Z",
    "2026-01-01T00:00:00",  # naive
    "2026-02-30T08:00:00Z",
    "2026-01-01T25:00:00Z",
    "2026-01-01T00:00:00+24:00",
    "+002026-01-01T00:00:00Z",
    "yesterday",
    "",
    "2026-01-01T00:00:00.99999999999999999999Z",
]


@st.composite
def fragments(draw: st.DrawFn) -> str:
    """A JSON value as raw text: deep, huge, long-digited, an odd date, odd text, or just the wrong type."""
    kind = draw(st.sampled_from(["nested", "digits", "number", "text", "date", "date-number", "escape", "value"]))
    if kind == "nested":
        return nested(draw(depths()), draw(st.sampled_from(["lists", "dicts", "open"])))
    if kind == "digits":
        digits = draw(st.sampled_from([4299, 4301, 5000, 20_000]))
        return draw(st.sampled_from(["", "-"])) + "1" * digits + draw(st.sampled_from(["", ".5", "e5"]))
    if kind == "number":
        return draw(
            st.sampled_from(
                ["1e999999", "-1e400", "1e-999999", "NaN", "Infinity", "-Infinity", "9223372036854775808", "0.1e"]
            )
        )
    if kind == "text":
        size = draw(st.sampled_from([1000, 70_000, 200_000, 1_000_000]))
        return json.dumps(draw(st.sampled_from(["x", "ü", "合", "\u202e"])) * size, ensure_ascii=False)
    if kind == "date":
        return json.dumps(draw(st.sampled_from(DATES)))
    if kind == "date-number":
        return draw(st.sampled_from(["1e20", "-1", "0", "99999999999999999999", "1.5"]))
    if kind == "escape":
        return draw(st.sampled_from(['"\\ud800"', '"\\udfff\\ud800x"', '"a\\u0000b"', '"\\u0000"', '"\\uFFFF"']))
    return json.dumps(draw(json_values()))


def json_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=30)
        | st.sampled_from(DATES)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
        max_leaves=10,
    )


def _places(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _replaced(document: Any, path: tuple[str | int, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[head] = _replaced(document[head], rest, new)  # type: ignore[index]
    return copy


def _dropped(document: Any, path: tuple[str | int, ...]) -> Any:
    *parents, last = path
    container = document
    for part in parents:
        container = container[part]
    if isinstance(container, dict):
        del container[last]
    return document


@st.composite
def broken_documents(draw: st.DrawFn, base: dict[str, Any]) -> str:
    """``base`` as JSON text with one part broken: a value, a key, a missing key or the whole thing."""
    document = json.loads(json.dumps(base))
    places = list(_places(document))
    how = draw(st.sampled_from(["fragment", "fragment", "date", "value", "remove", "add", "whole", "truncate"]))
    if how in ("fragment", "date"):
        dated = [p for p in places if p and isinstance(p[-1], str) and p[-1].endswith("_at")]
        where = draw(st.sampled_from(dated if how == "date" and dated else places))
        text = json.dumps(_replaced(document, where, HOLE))
        fragment = draw(fragments()) if how == "fragment" else json.dumps(draw(st.sampled_from(DATES)))
        return text.replace(json.dumps(HOLE), fragment, 1)
    if how == "value":
        return json.dumps(_replaced(document, draw(st.sampled_from(places)), draw(json_values())))
    if how == "remove":
        keyed = [p for p in places if p and isinstance(p[-1], str)]
        return json.dumps(_dropped(document, draw(st.sampled_from(keyed))))
    if how == "add":
        dicts = [p for p in places if isinstance(_at(document, p), dict)]
        where = draw(st.sampled_from(dicts))
        extra = {**_at(document, where), draw(st.text(min_size=1, max_size=20)): draw(json_values())}
        return json.dumps(_replaced(document, where, extra))
    if how == "whole":
        return draw(fragments())
    text = json.dumps(document)
    return text[: draw(st.integers(0, len(text) - 1))]


def _at(document: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


@st.composite
def encoded(draw: st.DrawFn, text: str) -> bytes:
    """The text as a file: UTF-8, or another encoding, or with bytes that break it."""
    how = draw(
        st.sampled_from(
            ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "bad-bytes", "nul", "cesu"]
        )
    )
    if how in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"):
        return text.encode(how, errors="surrogatepass")
    if how == "latin-1":
        return (text + "é").encode("latin-1", errors="replace")
    if how == "bad-bytes":
        inserted = draw(st.sampled_from([b"\xff", b"\x80", b"\xc0\x80", b"\xf5\x80\x80\x80", b"\xe2\x82"]))
    elif how == "nul":
        inserted = b"\x00" * draw(st.integers(1, 3))
    else:
        inserted = b"\xed\xa0\x80"  # a surrogate written as UTF-8, which strict UTF-8 refuses
    raw = text.encode("utf-8", errors="surrogatepass")
    cut = draw(st.integers(0, len(raw)))
    return raw[:cut] + inserted + raw[cut:]


def hostile_files(base: dict[str, Any]) -> st.SearchStrategy[bytes]:
    return broken_documents(base).flatmap(encoded)


# --- special files ----------------------------------------------------------------------------------

SPECIAL = ["fifo", "directory", "dev-zero", "dev-urandom", "dev-null", "symlink-to-fifo", "socket"]


@contextmanager
def special_file(kind: str, path: Path) -> Iterator[None]:
    """``path`` made into something that is not an ordinary file.

    A pipe gets a helper that opens it for writing after a few seconds, so code that waits on it
    wakes up (and the test fails on the time it took) instead of hanging the test run.
    """
    if os.name != "posix":
        pytest.skip("pipes, devices and sockets as files are POSIX")
    helper: subprocess.Popen[bytes] | None = None
    short = Path(tempfile.mkdtemp(prefix="hostile-"))  # socket paths must be short
    try:
        if kind in ("fifo", "symlink-to-fifo"):
            pipe = path if kind == "fifo" else short / "pipe"
            os.mkfifo(pipe)
            if kind == "symlink-to-fifo":
                path.symlink_to(pipe)
            helper = subprocess.Popen(["sh", "-c", f'sleep {UNBLOCK_AFTER_S}; : > "$0"', str(pipe)])
        elif kind == "directory":
            path.mkdir()
        elif kind.startswith("dev-"):
            device = Path("/dev") / kind.removeprefix("dev-")
            if not device.exists():
                pytest.skip(f"no {device} here")
            path.symlink_to(device)
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(short / "s"))
            server.close()
            path.symlink_to(short / "s")
        with memory_capped():
            yield
    finally:
        if helper is not None:
            helper.kill()
            helper.wait()
        for leftover in short.iterdir():
            leftover.unlink()
        short.rmdir()


@contextmanager
def memory_capped(extra: int = 1 << 30) -> Iterator[None]:
    """Make code that reads an endless device fail with MemoryError rather than exhaust the machine."""
    try:
        import resource

        status = Path("/proc/self/status").read_text(encoding="ascii")
        used_kb = int(re.search(r"VmSize:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    except (ImportError, OSError, AttributeError):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = used_kb * 1024 + extra
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def quickly(action: Callable[[], T]) -> T:
    start = time.monotonic()
    try:
        return action()
    finally:
        assert time.monotonic() - start < QUICK_S, "waited on the file instead of refusing it"


# The valid files that the fuzzing breaks.
