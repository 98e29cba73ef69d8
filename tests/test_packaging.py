"""The wheel carries everything quizgen needs at run time, and works without the repository."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q"]
    if importlib.util.find_spec("hatchling"):  # build offline when the backend is at hand
        command.append("--no-build-isolation")
    subprocess.run([*command, "-w", str(out)], check=True, capture_output=True, timeout=600)
    (built,) = out.glob("quizgen-*.whl")
    return built


def test_wheel_ships_templates_domain_and_seeds(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(
        p.relative_to(ROOT / "templates") for p in (ROOT / "templates").rglob("*") if p.is_file()
    )
    assert templates, "no templates found in the repository"
    for relative in templates:
        if relative.name != ".gitkeep":
            assert f"quizgen/templates/{relative.as_posix()}" in names
    assert "quizgen/domains/kuril.toml" in names
    for seed in SEEDS.glob("*.txt"):
        assert f"quizgen/seeds/{seed.name}" in names


def test_installed_wheel_builds_its_own_seeds_in_an_empty_folder(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    work = tmp_path / "empty"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    completed = subprocess.run(
        [sys.executable, "-m", "quizgen", "build", "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)
    assert report["articles"] == 5
    assert (work / "decks" / "quizgen.apkg").is_file() and (work / "decks" / "quiz.html").is_file()
    where = subprocess.run(
        [sys.executable, "-c", "import quizgen; print(quizgen.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(target))
