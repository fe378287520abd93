"""The deployment scripts' command lines: help, refusals of bad input, missing tools named."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = ("deploy-ec2.sh", "terraform/host-deploy.sh", ".ci/deploy-checks.sh", "scripts/refresh-image-pins.sh")


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


# --- deploy-ec2.sh end to end, with stand-ins for terraform and ssh -------------------------------

TF_OUTPUTS = {
    "aws_region": "eu-west-1",
    "instance_id": "i-0123456789abcdef0",
    "instance_public_dns": "ec2-198-51-100-7.eu-west-1.compute.amazonaws.com",
    "s3_bucket_name": "medical-records-data-unique-name",
    "deploy_bucket_name": "medilink-production-deploy-123456789012-eu-west-1",
    "deploy_log_group": "/medilink/production/deploy",
    "secrets_prefix": "medilink-production/",
    "behind_load_balancer": "true",
    "s3_prefix": "medical_records",
    "rds_address": "medilink-production-warehouse.abc.eu-west-1.rds.amazonaws.com",
    "rds_port": "5432",
    "db_name": "medilink",
    "db_master_secret_arn": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds",
    "ssh_enabled": "true",
    "api_url": "https://api.medilink.example.org",
    "airflow_url": "https://airflow.medilink.example.org",
}


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Runs deploy-ec2.sh --transport ssh with a fake terraform, scp and ssh: returns the tarball it
    copied and the script it sent to the host."""
    tmp = tmp_path_factory.mktemp("deploy")
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    outputs = "\n".join(f'  {name}) echo "{value}" ;;' for name, value in TF_OUTPUTS.items())
    fakes = {
        # terraform -chdir=DIR output -raw NAME
        "terraform": f'case "$4" in\n{outputs}\n  *) exit 1 ;;\nesac\n',
        "aws": "exit 0\n",
        # scp -q OPTIONS... SOURCE HOST:PATH: keep the tarball here.
        "scp": f'cp "${{@: -2:1}}" "{tmp}/shipped.tar.gz"\n',
        # ssh OPTIONS... HOST 'sudo bash -s': keep the script it would run.
        "ssh": f'cat > "{tmp}/remote.sh"\n',
    }
    for name, body in fakes.items():
        path = bin_dir / name
        path.write_text("#!/usr/bin/env bash\n" + body)
        path.chmod(0o755)
    key = tmp / "id_ed25519"
    key.write_text("not a real key\n")
    result = run(
        "deploy-ec2.sh",
        "--ssh-key",
        str(key),
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {"tarball": tmp / "shipped.tar.gz", "script": tmp / "remote.sh"}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _host_script(shipped: dict[str, Path], base: Path, tarball: Path) -> str:
    """The shipped script, run against a scratch base folder and a given tarball, host-deploy.sh
    replaced by an echo of its arguments."""
    script = shipped["script"].read_text()
    fetch = re.search(r"^install -m 0640 /tmp/(?P<name>\S+) .*$", script, re.MULTILINE)
    assert fetch, "the shipped script no longer fetches the tarball from /tmp"
    script = script.replace(fetch[0], f'install -m 0640 {tarball} "$base/releases/{fetch["name"]}"')
    script = script.replace("base=/opt/medilink", f"base={base}")
    return script.replace('bash "$base/app/terraform/host-deploy.sh"', "echo HOST-DEPLOY")


def test_the_script_sent_to_the_host_carries_the_tarballs_sha256(shipped: dict[str, Path]) -> None:
    script = shipped["script"].read_text()
    digest = _sha256(shipped["tarball"])
    assert f'echo "{digest}  $release" | sha256sum --check --strict --quiet' in script
    # Checked before anything is unpacked, and unpacked without the archive's owners.
    assert script.index("sha256sum --check") < script.index("tar --no-same-owner -xzf")
    assert "--secrets-prefix medilink-production/" in script
    assert "--proxy-hops 1 --airflow-base-url https://airflow.medilink.example.org" in script


def test_the_host_unpacks_a_matching_tarball_and_runs_host_deploy(shipped: dict[str, Path], tmp_path: Path) -> None:
    base = tmp_path / "base"
    script = _host_script(shipped, base, shipped["tarball"])
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (base / "app" / "terraform" / "host-deploy.sh").is_file()
    assert "HOST-DEPLOY --region eu-west-1" in result.stdout


def test_the_host_refuses_a_tarball_that_does_not_match(shipped: dict[str, Path], tmp_path: Path) -> None:
    tampered = tmp_path / shipped["tarball"].name
    tampered.write_bytes(shipped["tarball"].read_bytes() + b"\0")
    base = tmp_path / "base"
    script = _host_script(shipped, base, tampered)
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1
    assert "does not match the SHA-256 sent with the command; nothing was unpacked" in result.stderr
    assert not (base / "app").exists() and not (base / "app.new").exists()
    assert "HOST-DEPLOY" not in result.stdout
    assert list((base / "releases").iterdir()) == [], "the refused tarball is deleted"


def test_the_host_ignores_the_owners_named_in_the_archive(shipped: dict[str, Path], tmp_path: Path) -> None:
    # A release whose files claim uid 4242: after unpacking they belong to whoever unpacks (root).
    source = tmp_path / "src"
    (source / "terraform").mkdir(parents=True)
    (source / "terraform" / "host-deploy.sh").write_text("#!/usr/bin/env bash\n")
    crafted = tmp_path / "crafted.tar.gz"
    subprocess.run(
        ["tar", "-C", str(source), "--owner=4242", "--group=4242", "-czf", str(crafted), "terraform"], check=True
    )
    script = _host_script(shipped, tmp_path / "base", crafted).replace(_sha256(shipped["tarball"]), _sha256(crafted))
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    unpacked = tmp_path / "base" / "app" / "terraform" / "host-deploy.sh"
    assert (unpacked.stat().st_uid, unpacked.stat().st_gid) == (os.getuid(), os.getgid())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--proxy-hops", "x"), "--proxy-hops must be a number from 0 to 9"),
        (("--airflow-base-url", "http://airflow.example.org"), "--airflow-base-url must be https://<host name>"),
    ],
)
def test_host_deploy_refuses_bad_proxy_settings(args: tuple[str, ...], message: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("host-deploy.sh stops at its root check first when not root")
    required = [
        "--region", "eu-west-1", "--secret-arn", "arn", "--secrets-prefix", "p/", "--db-host", "h",
        "--db-port", "5432", "--db-name", "medilink", "--bucket", "b", "--s3-prefix", "medical_records",
    ]  # fmt: skip
    result = run("terraform/host-deploy.sh", *required, *args)
    assert result.returncode == 1
    assert message in result.stderr


def test_the_image_pin_check_lists_every_unpinned_image() -> None:
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "refresh-image-pins.sh"), "--check"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    listed = re.findall(r"^unpinned: (\S+): (\S+)$", result.stdout, re.MULTILINE)
    # Every FROM and image: of the four files, expected by reading them independently here.
    expected = []
    for name in ("Dockerfile", "backend/Dockerfile", "superset/Dockerfile"):
        expected += [(name, m) for m in re.findall(r"^FROM (\S+)", (REPO / name).read_text(), re.MULTILINE)]
    compose = (REPO / "docker-compose.yaml").read_text()
    for image in re.findall(r"^\s+image: (\S+)$", compose, re.MULTILINE):
        image = re.sub(r"^\$\{\w+:-(.*)\}$", r"\1", image)
        if not image.startswith("medilink-"):
            expected.append(("docker-compose.yaml", image))
    unpinned = [(f, i) for f, i in expected if "@sha256:" not in i]
    assert listed == unpinned
    strict = subprocess.run(
        ["bash", str(REPO / "scripts" / "refresh-image-pins.sh"), "--check", "--strict"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert strict.returncode == (1 if unpinned else 0)
