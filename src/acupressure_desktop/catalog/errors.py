"""Problems found while loading the catalog, reported as file, item and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the catalog data, located precisely enough to fix it."""

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        where = " / ".join(part for part in (self.item, self.field) if part)
        return f"{self.file}: {where}: {self.message}" if where else f"{self.file}: {self.message}"


class CatalogError(Exception):
    """The catalog could not be loaded; ``problems`` says exactly why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        count = len(problems)
        summary = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {count - 20} more" if count > 20 else ""
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the point catalog:\n{summary}{more}")
