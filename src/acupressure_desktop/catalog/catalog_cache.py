"""The checked catalog kept between starts: a start reads one file instead of checking four hundred.

Loading checks every point file, every link between them and every rule; with the whole atlas that
is most of a start's own work. The result depends only on the shipped files and the code that
reads them, so it is kept in the user's cache folder under a key made of both. A start whose key
matches reads it back; any other start (new data, a new version, a damaged or missing file) loads
and checks the catalog in full and writes the cache again. Nothing is lost if the folder is
read-only or the file unreadable: the app is only as slow as without a cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

import pydantic

from acupressure_desktop import __version__
from acupressure_desktop.catalog.atlas.atlas_files import DIAGRAMS_DIR
from acupressure_desktop.catalog.loader import CATALOG_DIR, load_catalog
from acupressure_desktop.catalog.models import Catalog

_PREFIX = "catalog-"
_SUFFIX = ".pickle"
_CODE = Path(__file__).resolve().parent


def catalog_key(resource_root: Path) -> str:
    """A digest of everything a loaded catalog depends on: the data files and the diagrams' names,
    the versions of the app, Python and pydantic, and the catalog's own source where it is on disk.

    Files count by name, size and modification time, as Python's own bytecode cache does: reading
    every file to hash it would cost a third of what the cache saves.
    """
    digest = hashlib.sha256(f"{__version__}|{sys.version}|{pydantic.VERSION}".encode())
    # From a source checkout a changed model must not meet an old pickle; a bundle has no sources.
    for folder, suffix in ((resource_root / CATALOG_DIR, ".json"), (_CODE, ".py")):
        digest.update("\n".join(sorted(_stamps(folder, suffix))).encode())
    digest.update("|".join(sorted(p.name for p in (resource_root / DIAGRAMS_DIR).glob("*.svg"))).encode())
    return digest.hexdigest()[:32]


def _stamps(folder: Path, suffix: str) -> list[str]:
    """Name, size and modification time of every file ending in ``suffix`` under ``folder``."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                found += _stamps(Path(entry.path), suffix)
            elif entry.name.endswith(suffix):
                status = entry.stat()
                found.append(f"{entry.path}|{status.st_size}|{status.st_mtime_ns}")
    return found


def load_catalog_cached(resource_root: Path, cache_dir: Path) -> Catalog:
    """The catalog, from the cache when it matches the files; ``CatalogError`` as ``load_catalog``."""
    try:
        key = catalog_key(resource_root)
    except OSError:
        return load_catalog(resource_root)  # unreadable data: the full load says what is wrong
    cached = cache_dir / f"{_PREFIX}{key}{_SUFFIX}"
    found = _read(cached)
    if found is not None:
        return found
    catalog = load_catalog(resource_root)
    _write(cached, catalog)
    return catalog


def _read(path: Path) -> Catalog | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        found = pickle.loads(blob)
    # A damaged or foreign file can fail in any of pickle's many ways; each means "load in full".
    except Exception:
        return None
    return found if isinstance(found, Catalog) else None


def _write(path: Path, catalog: Catalog) -> None:
    """Write beside, then rename, so a reader never meets half a file; drop older caches."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".catalog-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(catalog, out, protocol=pickle.HIGHEST_PROTOCOL)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(f"{_PREFIX}*{_SUFFIX}"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass  # no cache this time: the next start checks the files again
