"""What the benchmarks share: the app as users get it, figures with their spread, and the verdict.

Every benchmark builds the app with ``build_in_folder`` (the assembly the app itself uses) in a
throw-away folder, measures its own baseline in the same run, prints each figure with its spread,
prints its ratios last and exits 1 when a target is missed.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


def prepare_environment() -> Path:
    """Offscreen unless a display is set, and a home folder of the benchmark's own; call before Qt."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="acupressure-bench-"))
    os.environ["ACUPRESSURE_DESKTOP_HOME"] = str(home)
    return home


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def describe(values: Sequence[float], unit: str = "ms") -> str:
    """Median, p95 and spread of ``values`` in one line."""
    return (
        f"median {statistics.median(values):.2f} {unit}, p95 {percentile(values, 0.95):.2f} {unit}, "
        f"spread {min(values):.2f}-{max(values):.2f} {unit} (n={len(values)})"
    )


@dataclass
class Verdict:
    """Targets checked by one benchmark; ``finish`` prints the ratios last and gives the exit code."""

    name: str
    ratios: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def check(self, label: str, value: float, target: float, unit: str = "") -> None:
        """``value`` must be at most ``target``."""
        if value > target:
            self.missed.append(f"{label}: {value:.2f}{unit} (target <= {target:g}{unit})")

    def ratio(self, label: str, value: float, baseline: float, target: float | None = None) -> None:
        """Report ``value / baseline``; with ``target``, it must be at most that."""
        ratio = value / baseline if baseline > 0 else float("inf")
        goal = f" (target <= {target:g})" if target is not None else ""
        self.ratios.append(f"ratio {label}: {ratio:.2f}{goal}")
        if target is not None:
            self.check(f"ratio {label}", ratio, target)

    def finish(self) -> int:
        for line in self.missed:
            print(f"TARGET MISSED {line}")
        print(f"{self.name}: {'all targets met' if not self.missed else f'{len(self.missed)} target(s) missed'}")
        for line in self.ratios:
            print(line)
        sys.stdout.flush()
        return 1 if self.missed else 0
