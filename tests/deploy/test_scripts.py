"""The deployment scripts' command lines: help, refusals of bad input, missing tools named."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = ("deploy-ec2.sh", "terraform/host-deploy.sh", ".ci/deploy-checks.sh")


def run(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(REPO / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env if env is not None else dict(os.environ),
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_explains_usage_and_succeeds(script: str) -> None:
    result = run(script, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage:")


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_unknown_option_is_refused_with_usage(script: str) -> None:
    result = run(script, "--no-such-option")
    assert result.returncode == 2
    assert "Usage:" in result.stderr


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_stop_at_the_first_error(script: str) -> None:
    text = (REPO / script).read_text()
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--workers", "three"), "--workers must be a whole number"),
        (("--transport", "ftp"), "--transport must be auto, ssh or ssm"),
        (("--timeout", "1h"), "--timeout must be a number of seconds"),
    ],
)
def test_deploy_refuses_bad_values_before_touching_aws(args: tuple[str, ...], message: str) -> None:
    result = run("deploy-ec2.sh", *args)
    assert result.returncode == 1
    assert message in result.stderr


def test_deploy_names_a_missing_tool(tmp_path: Path) -> None:
    # A PATH with bash and coreutils but no terraform.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname"):
        (bin_dir / tool).symlink_to(subprocess.check_output(["which", tool], text=True).strip())
    result = run("deploy-ec2.sh", env={"PATH": str(bin_dir)})
    assert result.returncode == 1
    assert "terraform not found on PATH" in result.stderr


def test_host_deploy_needs_root_or_complains() -> None:
    result = run("terraform/host-deploy.sh", "--region", "eu-west-1")
    assert result.returncode == 1
    expected = "run as root" if os.geteuid() != 0 else "is required"
    assert expected in result.stderr
