"""The `medilink` command as a user runs it: every command has --help; upload and pipeline run work."""

import json
import os
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from elt.cli import app

MEDILINK = [sys.executable, "-m", "elt.cli"]


def command_paths(command, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            paths += command_paths(sub, (*path, name))
    return paths


@pytest.mark.parametrize("path", command_paths(typer.main.get_command(app)), ids=" ".join)
def test_every_command_has_help(path):
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.fixture
def cli_env(settings, stack, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POSTGRES_", "DATABASE_"))}
    env |= stack.env(postgres=False, s3=True)
    env |= {"DATABASE_URL": settings.database_url, "S3_BUCKET": settings.s3_bucket, "MEDILINK_HOME": str(tmp_path)}
    return env


def test_upload_then_pipeline_run_reports_json(clean_db, empty_bucket, cli_env, tmp_path):
    facilities = tmp_path / "facilities.csv"
    facilities.write_text("name,state,lga\nGeneral Hospital Ikeja,Lagos,Ikeja\nClinic,Lagos,Nowhere\n")
    upload = subprocess.run(
        [*MEDILINK, "upload", str(facilities)], env=cli_env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert upload.returncode == 0, upload.stderr
    dry = subprocess.run(
        [*MEDILINK, "pipeline", "run", "--dry-run", "--json"],
        env=cli_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["dry_run"] is True
    run = subprocess.run(
        [*MEDILINK, "pipeline", "run", "--json"], env=cli_env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["status"] == "completed"
    assert summary["files"][0]["rejected_by_reason"] == {"unknown_lga": 1}
    assert summary["tables"][0]["inserted"] == 1
    nothing = subprocess.run(
        [*MEDILINK, "pipeline", "run"], env=cli_env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert nothing.returncode == 0 and "nothing to do" in nothing.stderr
