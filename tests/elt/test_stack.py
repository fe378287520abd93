"""`medilink stack`: the embedded PostgreSQL and S3 server, driven as a user drives them."""

import os
import subprocess
import sys
from pathlib import Path

import boto3
import psutil
import psycopg

MEDILINK = [sys.executable, "-m", "elt.cli"]
SCRUBBED = (
    "DATABASE_URL",
    "POSTGRES_HOST",
    "POSTGRES_PORT",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
    "POSTGRES_DB",
    "AWS_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "S3_BUCKET",
)


def medilink(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    env["MEDILINK_HOME"] = str(home)
    env["COLUMNS"] = "200"
    return subprocess.run([*MEDILINK, *args], cwd=home.parent, env=env, capture_output=True, text=True, timeout=180)


def exported(home: Path) -> dict[str, str]:
    lines = medilink(home, "stack", "env").stdout.splitlines()
    pairs = (line.removeprefix("export ").split("=", 1) for line in lines)
    return {key: value.strip("'") for key, value in pairs}


def test_stack_up_write_down_up_keeps_the_data(tmp_path):
    home = tmp_path / "home"
    first = medilink(home, "stack", "up")
    assert first.returncode == 0, first.stderr
    assert "Started: postgres, s3" in first.stderr
    try:
        again = medilink(home, "stack", "up")
        assert "Already running: nothing to start" in again.stderr

        env = exported(home)
        assert env["DATABASE_URL"].startswith("postgresql://postgres:")
        assert env["AWS_ENDPOINT_URL"].startswith("http://127.0.0.1:")
        with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
            conn.execute("create table kept (note text)")
            conn.execute("insert into kept values ('Ọlá was here')")
        s3 = boto3.client(
            "s3",
            endpoint_url=env["AWS_ENDPOINT_URL"],
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            region_name="us-east-1",
        )
        s3.put_object(Bucket=env["S3_BUCKET"], Key="medical_records/input/kept.csv", Body=b"a,b\n1,2\n")

        state = medilink(home, "stack", "status")
        assert state.returncode == 0 and state.stdout.count("running") + state.stderr.count("running") >= 2
        pids = [
            proc.pid
            for proc in psutil.process_iter(["cmdline"])
            if any(str(home) in part for part in (proc.info["cmdline"] or []))
        ]
        assert pids, "the stack's processes run with its home folder in their command line"
    finally:
        down = medilink(home, "stack", "down")
    assert "Stopped: s3, postgres" in down.stderr
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids)
    stopped = medilink(home, "stack", "status")
    assert stopped.returncode == 3 and "running" not in stopped.stderr.replace("stopped", "")

    assert medilink(home, "stack", "up").returncode == 0
    try:
        env = exported(home)
        with psycopg.connect(env["DATABASE_URL"]) as conn:
            assert conn.execute("select note from kept").fetchone()[0] == "Ọlá was here"
        s3 = boto3.client(
            "s3",
            endpoint_url=env["AWS_ENDPOINT_URL"],
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            region_name="us-east-1",
        )
        body = s3.get_object(Bucket=env["S3_BUCKET"], Key="medical_records/input/kept.csv")["Body"].read()
        assert body == b"a,b\n1,2\n"
    finally:
        medilink(home, "stack", "down")


def test_down_without_up_stops_nothing(tmp_path):
    result = medilink(tmp_path / "never-started", "stack", "down")
    assert result.returncode == 0 and "Nothing was running" in result.stderr
