"""Start-up: parse the command line, build the application's objects and pass them down."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from acupressure_desktop import APP_ID, APP_NAME, __version__


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="acupressure-desktop",
        description=f"{APP_NAME}: find acupressure points on body diagrams and learn how to press them.",
        epilog="Qt's own options (such as -platform offscreen) are passed on to Qt.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check every part of the app offscreen, without touching your data, and print a JSON report",
    )
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="print 'first-paint' and 'map-ready' once the window has painted with its map, then quit (for benchmarks)",
    )
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    options, qt_args = parse_args(args)
    if options.self_test:
        from acupressure_desktop.ui.shell.self_test import run_self_test  # noqa: PLC0415

        return run_self_test()
    # Qt is imported only now, so --help and --version answer at once, even without a display.
    from acupressure_desktop.early_imports import import_early  # noqa: PLC0415

    import_early()
    from acupressure_desktop.paths import AppPaths  # noqa: PLC0415
    from acupressure_desktop.ui.shell.launch import launch  # noqa: PLC0415

    return launch([sys.argv[0], *qt_args], APP_ID, AppPaths.for_user(), measure_startup=options.measure_startup)


if __name__ == "__main__":
    sys.exit(main())
