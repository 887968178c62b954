"""The built wheel installs into a fresh environment and carries its resources."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from acupressure_desktop import __version__

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_installs_and_runs_with_its_resources(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = dist.glob("acupressure_desktop-*.whl")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    # Only pydantic is needed to load the catalog; Qt stays out to keep this quick.
    pydantic_pins = [
        line.strip()
        for line in (REPO / "constraints.txt").read_text().splitlines()
        if line.lower().startswith(("pydantic", "annotated-types", "typing", "typing-inspection"))
    ]
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel), *pydantic_pins],
        check=True,
        capture_output=True,
        timeout=300,
    )
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    version = subprocess.run(
        [str(bin_dir / "acupressure-desktop"), "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=tmp_path,
        env=run_env,
    )
    assert version.stdout.strip() == f"Acupressure Desktop {__version__}"
    probe = (
        "from acupressure_desktop.resources import resource_root;"
        "from acupressure_desktop.catalog import load_catalog;"
        "root = resource_root(); c = load_catalog(root);"
        "print(root); print(len(c.points), len(c.views))"
    )
    result = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, check=True, timeout=60, cwd=tmp_path, env=run_env
    )
    root, counts = result.stdout.strip().splitlines()
    assert Path(root).is_relative_to(env_dir)
    points, views = map(int, counts.split())
    assert points >= 24
    assert views >= 8
