"""The README's commands are what a newcomer runs: keep CI and the docs in step."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", text)


def test_readme_gives_a_run_command_and_a_test_command():
    commands = _readme_commands()
    assert len(commands) == 2
    run, test = commands
    assert "timeline build seeds --out exports" in run
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test = _readme_commands()[1]
    assert test in ci.splitlines()
