"""The checked catalog kept between starts: used only while it matches the files, never a reason to fail."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from acupressure_desktop.catalog import CatalogError
from acupressure_desktop.catalog import catalog_cache as cache_module
from acupressure_desktop.catalog.catalog_cache import load_catalog_cached


def caches(folder: Path) -> list[Path]:
    return sorted(folder.glob("catalog-*.pickle"))


def rename_point(resources: Path, code: str, english: str) -> None:
    path = resources / "catalog" / "points" / f"{code}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["english"] = english
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status = path.stat()  # a change within the clock's resolution still changes the time
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))


def test_the_second_start_reads_the_kept_catalog_instead_of_checking_the_files(
    resource_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_catalog_cached(resource_copy, tmp_path / "cache")
    assert len(caches(tmp_path / "cache")) == 1

    def no_full_load(_root: Path) -> None:
        raise AssertionError("the catalog was loaded in full")

    monkeypatch.setattr(cache_module, "load_catalog", no_full_load)
    second = load_catalog_cached(resource_copy, tmp_path / "cache")
    assert second == first
    assert second.point("LI4").placements == first.point("LI4").placements


def test_a_changed_point_file_is_read_again_and_replaces_the_old_cache(resource_copy: Path, tmp_path: Path) -> None:
    load_catalog_cached(resource_copy, tmp_path / "cache")
    old = caches(tmp_path / "cache")
    rename_point(resource_copy, "LI4", "Joining Valley (renamed)")

    catalog = load_catalog_cached(resource_copy, tmp_path / "cache")

    assert catalog.point("LI4").english == "Joining Valley (renamed)"
    assert len(caches(tmp_path / "cache")) == 1 and caches(tmp_path / "cache") != old


def test_a_broken_data_file_is_reported_even_with_a_kept_catalog(resource_copy: Path, tmp_path: Path) -> None:
    load_catalog_cached(resource_copy, tmp_path / "cache")
    (resource_copy / "catalog" / "points" / "PC6.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogError, match="PC6"):
        load_catalog_cached(resource_copy, tmp_path / "cache")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_cache_is_ignored_and_written_again(resource_copy: Path, tmp_path: Path, damage: bytes) -> None:
    expected = load_catalog_cached(resource_copy, tmp_path / "cache")
    [kept] = caches(tmp_path / "cache")
    kept.write_bytes(damage)  # truncated, garbage, or a pickle of something else (the number 1)

    assert load_catalog_cached(resource_copy, tmp_path / "cache") == expected
    assert kept.read_bytes() != damage


def test_a_cache_folder_that_cannot_be_written_costs_only_time(resource_copy: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    catalog = load_catalog_cached(resource_copy, blocked)
    assert catalog.has_point("LI4")
    assert blocked.read_text(encoding="utf-8") == "a file where the folder should be"
