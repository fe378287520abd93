"""`medilink stack up|down|status|env`: start, stop and describe the embedded services.

State lives in `<home>/stack.json` (ports, credentials, pids; mode 0600) and `<home>/stack.env`
(the export lines), so a restart reuses the same data, ports and credentials.
"""

from __future__ import annotations

import json
import secrets
import string
from dataclasses import asdict, dataclass, field
from pathlib import Path

from elt.local_processes import write_private
from elt.stack.ports import free_port, port_in_use
from elt.stack.postgres import EmbeddedPostgres
from elt.stack.seaweed import EmbeddedS3, allocate_ports

SERVICE_ROLES = ("api", "pipeline", "dbt", "analyst", "reporting")


def _token(length: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass
class StackState:
    postgres_port: int
    postgres_password: str
    s3_ports: dict[str, int]
    s3_access_key: str
    s3_secret_key: str
    bucket: str = "medilink"
    region: str = "us-east-1"
    s3_pid: int | None = None
    started: list[str] = field(default_factory=list)  # services that `up` started
    # The service roles' passwords (`medilink db roles` sets them) and the research marts'
    # pseudonymisation key: generated once per stack, kept in stack.json/stack.env (mode 0600).
    role_passwords: dict[str, str] = field(default_factory=lambda: {role: _token(32) for role in SERVICE_ROLES})
    pseudonym_key: str = field(default_factory=lambda: secrets.token_hex(32))

    @classmethod
    def new(cls, bucket: str) -> StackState:
        return cls(
            postgres_port=free_port(),
            postgres_password=_token(32),
            s3_ports=allocate_ports(),
            s3_access_key="MLK" + _token(17, string.ascii_uppercase + string.digits),
            s3_secret_key=_token(40),
            bucket=bucket,
        )


@dataclass
class ServiceStatus:
    name: str
    running: bool
    where: str
    pid: int | None


class Stack:
    def __init__(self, home: Path, bucket: str = "medilink") -> None:
        self.home = home
        self.bucket = bucket
        self.state_file = home / "stack.json"
        self.env_file = home / "stack.env"
        self.state = self._load_state()

    # ------------------------------------------------------------------ services
    @property
    def postgres(self) -> EmbeddedPostgres:
        return EmbeddedPostgres(
            data_dir=self.home / "postgres",
            socket_dir=self.home / "run",
            port=self.state.postgres_port,
            password=self.state.postgres_password,
        )

    @property
    def s3(self) -> EmbeddedS3:
        return EmbeddedS3(
            home=self.home,
            ports=self.state.s3_ports,
            access_key=self.state.s3_access_key,
            secret_key=self.state.s3_secret_key,
            bucket=self.state.bucket,
            region=self.state.region,
            pid_value=self.state.s3_pid,
        )

    # ------------------------------------------------------------------ commands
    def up(self, *, postgres: bool = True, s3: bool = True) -> list[str]:
        """Start what is not running; returns what was started (empty: all ran already)."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.home.chmod(0o755)
        started: list[str] = []
        if postgres and not self.postgres.is_running():
            if port_in_use(self.state.postgres_port):
                self.state.postgres_port = free_port()
            self.postgres.start()
            started.append("postgres")
        if s3 and not self.s3.is_running():
            if any(port_in_use(port) for port in self.state.s3_ports.values()):
                self.state.s3_ports = allocate_ports()
            s3_server = self.s3
            s3_server.start()
            self.state.s3_pid = s3_server.pid_value
            started.append("s3")
        self.state.started = sorted(set(self.state.started) | set(started))
        self._save_state(postgres=postgres, s3=s3)
        return started

    def down(self) -> list[str]:
        """Stop exactly the services `up` started; returns what was stopped."""
        stopped: list[str] = []
        if "s3" in self.state.started and self.s3.is_running():
            self.s3.stop()
            stopped.append("s3")
        if "postgres" in self.state.started and self.postgres.is_running():
            self.postgres.stop()
            stopped.append("postgres")
        self.state.started = []
        self.state.s3_pid = None
        if self.state_file.exists():
            write_private(self.state_file, json.dumps(asdict(self.state), indent=2))
        return stopped

    def status(self) -> list[ServiceStatus]:
        pg, s3 = self.postgres, self.s3
        return [
            ServiceStatus("postgres", pg.is_running(), f"127.0.0.1:{pg.port} (data {pg.data_dir})", pg.pid()),
            ServiceStatus(
                "s3",
                s3.is_running(),
                f"{s3.endpoint_url} (data {s3.data_dir})",
                s3.pid_value if s3.is_running() else None,
            ),
        ]

    def env(self, *, postgres: bool = True, s3: bool = True) -> dict[str, str]:
        values: dict[str, str] = {}
        if postgres:
            pg = self.postgres
            values |= {
                "DATABASE_URL": pg.url("medilink"),
                "POSTGRES_HOST": "127.0.0.1",
                "POSTGRES_PORT": str(pg.port),
                "POSTGRES_USER": pg.user,
                "POSTGRES_PASSWORD": pg.password,
                "POSTGRES_DB": "medilink",
                "AIRFLOW_DATABASE_URL": pg.url("airflow").replace("postgresql://", "postgresql+psycopg://"),
                **{f"MEDILINK_{role.upper()}_DB_PASSWORD": self.state.role_passwords[role] for role in SERVICE_ROLES},
                "DBT_POSTGRES_USER": "medilink_dbt",
                "DBT_POSTGRES_PASSWORD": self.state.role_passwords["dbt"],
            }
        values["MEDILINK_PSEUDONYM_KEY"] = self.state.pseudonym_key
        if s3:
            values |= {
                "AWS_ENDPOINT_URL": self.s3.endpoint_url,
                "AWS_ACCESS_KEY_ID": self.state.s3_access_key,
                "AWS_SECRET_ACCESS_KEY": self.state.s3_secret_key,
                "AWS_DEFAULT_REGION": self.state.region,
                "S3_BUCKET": self.state.bucket,
            }
        return values

    # ------------------------------------------------------------------ state
    def _load_state(self) -> StackState:
        if self.state_file.exists():
            state = StackState(**json.loads(self.state_file.read_text()))
            # A stack made before a role was added (medilink_reporting, 0010) gets its password now,
            # kept at once so `stack env` prints the same one until `stack up` rewrites stack.env.
            missing = [role for role in SERVICE_ROLES if role not in state.role_passwords]
            if missing:
                state.role_passwords |= {role: _token(32) for role in missing}
                write_private(self.state_file, json.dumps(asdict(state), indent=2))
            return state
        return StackState.new(self.bucket)

    def _save_state(self, *, postgres: bool, s3: bool) -> None:
        write_private(self.state_file, json.dumps(asdict(self.state), indent=2))
        lines = [f"{key}={value}" for key, value in self.env(postgres=postgres, s3=s3).items()]
        write_private(self.env_file, "\n".join(lines) + "\n")
