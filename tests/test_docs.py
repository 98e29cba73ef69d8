"""What the README, docs/ and templates/ tell a user to type exists: every option they name."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from quizgen.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted((ROOT / "templates").rglob("*.toml")),
    *sorted((ROOT / "templates").rglob("*.html")),
]
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
COMMAND_USE = re.compile(r"\bquizgen ([a-z]+)\b([^`\n|]*)")  # "quizgen quiz seeds/ --pdf"
# Lines that run another program (a browser, poppler, pip): their options are not ours.
OTHER_PROGRAM = re.compile(r"^\s*(?:\S*/)?(?:chromium|pdftoppm|pip|apt-get|git)\b")
SCRIPT_USE = re.compile(r"\b(benchmarks/\w+\.py)\b([^`\n|]*)")


def command_options() -> dict[str, set[str]]:
    """Each command's option names (both sides of --x/--no-x)."""
    assert isinstance(cli, click.Group)
    names = {}
    for name, command in cli.commands.items():
        # a group's options are its subcommands' too ("quizgen domain check --all")
        commands = [command, *getattr(command, "commands", {}).values()]
        names[name] = {
            opt for c in commands for p in c.params for opt in [*p.opts, *p.secondary_opts]
        }
    return names


def script_options(script: str) -> set[str]:
    return set(re.findall(r'add_argument\(\s*"(--[a-z-]+)"', (ROOT / script).read_text()))


def mentions(path: Path) -> list[tuple[int, str, str]]:
    """(line number, program, options) for each command line a document shows."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for pattern in (COMMAND_USE, SCRIPT_USE):
            found += [(number, m[1], m[2]) for m in pattern.finditer(line)]
    return found


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_option_a_document_names_exists(path):
    commands = command_options()
    group = {opt for p in cli.params for opt in p.opts}  # quizgen --debug, --version
    everywhere = set().union(*commands.values(), group, {"--help"})
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not OTHER_PROGRAM.match(line))
    if path.suffix != ".html":  # CSS custom properties in templates look like options
        unknown = set(OPTION.findall(text)) - everywhere
        for _, program, _ in mentions(path):
            if program.endswith(".py"):
                unknown -= script_options(program)
        assert not unknown, f"{path.name} names options no command has: {sorted(unknown)}"
    for number, program, rest in mentions(path):
        allowed = script_options(program) if program.endswith(".py") else commands.get(program)
        if program.startswith("-") or allowed is None:
            continue  # "quizgen turns ..." is prose, not a command
        wrong = set(OPTION.findall(rest)) - allowed - {"--help"}
        assert not wrong, f"{path.name}:{number}: {program} has no {sorted(wrong)}"


def test_the_checker_finds_a_missing_option(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Run `quizgen questions --max 5` or `quizgen quiz --pdf`.\n")
    (number, program, rest), _ = mentions(page)
    assert set(OPTION.findall(rest)) - command_options()[program] == {"--max"}


def test_the_readme_worked_example_is_what_a_fresh_build_prints(tmp_path, monkeypatch):
    import shutil

    from click.testing import CliRunner

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("```console\n$ quizgen build\n", 1)[1].split("```", 1)[0]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build"], catch_exceptions=False)
    assert result.stdout == shown
