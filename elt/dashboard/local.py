"""A local Apache Superset for the dashboards: its own venv, secrets, metadata database and process.

Superset's pins conflict with Airflow's, so it runs from `superset/.venv`, installed on first use
from `superset/requirements.txt` (hash-locked) with the project's uv. Nothing here imports
Superset: `superset/medilink_superset.py` runs inside that venv for what needs Superset's models.
State lives under `<MEDILINK_HOME>/superset/`:

    secrets.json   Superset's SECRET_KEY and the generated admin password (mode 0600)
    process.json   the gunicorn master `up` started (pid and start time), so `down` stops only it
    home/          SUPERSET_HOME (Superset's own scratch files)
    logs/          superset.log (the server), setup.log (db upgrade, init, sync)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from elt.local_processes import recorded_process, signal_group, spawn_detached, write_private
from elt.settings import PROJECT_ROOT, Settings
from elt.stack.ports import port_in_use

SUPERSET_DIR = PROJECT_ROOT / "superset"
REQUIREMENTS = SUPERSET_DIR / "requirements.txt"
CONFIG = SUPERSET_DIR / "superset_config.py"
BOOTSTRAP = SUPERSET_DIR / "medilink_superset.py"
METADATA_DATABASE = "superset"
INHERITED = ("PATH", "HOME", "USER", "LANG", "TZ", "TMPDIR", "SSL_CERT_FILE", "SSL_CERT_DIR")
# Sized for a 2-core machine: one gunicorn worker with threads (each worker holds ~400 MB).
WORKERS = 1
THREADS = 8

Progress = Callable[[str], None]


class DashboardError(RuntimeError):
    """Something the user can act on; the message never carries secrets."""


def _psycopg2(url: str) -> str:
    """Superset's venv has psycopg2: SQLAlchemy must be told so."""
    return "postgresql+psycopg2://" + url.split("://", 1)[1]


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    url: str
    healthy: bool
    installed: bool


@dataclass(frozen=True)
class LocalSuperset:
    settings: Settings
    venv: Path = SUPERSET_DIR / ".venv"

    # ------------------------------------------------------------------ paths
    @property
    def home(self) -> Path:
        return self.settings.medilink_home / "superset"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def secrets_file(self) -> Path:
        return self.home / "secrets.json"

    @property
    def state_file(self) -> Path:
        return self.home / "process.json"

    @property
    def url(self) -> str:
        return f"http://{self.settings.medilink_superset_host}:{self.settings.medilink_superset_port}"

    def binary(self, name: str) -> Path:
        return self.venv / "bin" / name

    # ------------------------------------------------------------------ install
    @property
    def _marker(self) -> Path:
        return self.venv / ".medilink-requirements"

    def installed(self) -> bool:
        wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
        return self._marker.exists() and self._marker.read_text().strip() == wanted

    def install(self, progress: Progress | None = None) -> bool:
        """Create superset/.venv from the locked requirements; False when it was already current."""
        if self.installed():
            return False
        say = progress or (lambda _message: None)
        uv = Path(sys.executable).with_name("uv")
        if not uv.exists():
            raise DashboardError("uv is missing from the project's venv: run ./start.sh install first.")
        say("Installing Apache Superset into superset/.venv (first use: about 710 MB)…")
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        with (self.logs_dir / "install.log").open("ab") as log:
            for command in (
                [str(uv), "venv", "--allow-existing", "--python", sys.executable, str(self.venv)],
                [str(uv), "pip", "sync", "--require-hashes", "--python", str(self.binary("python")), str(REQUIREMENTS)],
            ):
                result = subprocess.run(  # noqa: S603 - fixed binaries and arguments
                    command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, check=False, timeout=1800
                )
                if result.returncode != 0:
                    raise DashboardError(f"Installing Superset failed; see {self.logs_dir / 'install.log'}.")
        self._marker.write_text(hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest() + "\n")
        return True

    # ------------------------------------------------------------------ secrets and settings
    def secrets(self) -> dict[str, str]:
        """Superset's SECRET_KEY and the admin password: generated on first use, then reused."""
        if self.secrets_file.exists():
            return json.loads(self.secrets_file.read_text())
        values = {"secret_key": secrets.token_urlsafe(48), "admin_password": secrets.token_urlsafe(18)}
        self.home.mkdir(parents=True, exist_ok=True)
        self.home.chmod(0o700)
        write_private(self.secrets_file, json.dumps(values, indent=2) + "\n")
        return values

    def metadata_url(self) -> str:
        """Superset's own tables: a `superset` database beside the warehouse."""
        url = make_url(self.settings.libpq_url).set(database=METADATA_DATABASE)
        return _psycopg2(url.render_as_string(hide_password=False))

    def connection_urls(self) -> dict[str, str]:
        """The dashboards' two connections, each as its least-privileged role."""
        settings = self.settings
        wanted = {
            "MEDILINK_RESEARCH_DB_URI": ("medilink_analyst", settings.medilink_analyst_db_password),
            "MEDILINK_OPERATIONS_DB_URI": ("medilink_reporting", settings.medilink_reporting_db_password),
        }
        missing = [role for role, password in wanted.values() if password is None]
        if missing:
            raise DashboardError(
                f"No password for {', '.join(missing)}: set "
                + ", ".join(f"MEDILINK_{role.removeprefix('medilink_').upper()}_DB_PASSWORD" for role in missing)
                + " and run `medilink db roles` (the embedded stack sets them itself)."
            )
        return {name: _psycopg2(settings.role_libpq_url(role, password)) for name, (role, password) in wanted.items()}

    def env(self) -> dict[str, str]:
        """Every variable a Superset process of this installation reads (secrets included)."""
        keys = self.secrets()
        return {
            "SUPERSET_CONFIG_PATH": str(CONFIG),
            "SUPERSET_HOME": str(self.home / "home"),
            "SUPERSET_SECRET_KEY": keys["secret_key"],
            "SUPERSET_METADATA_URI": self.metadata_url(),
            "MEDILINK_SUPERSET_ADMIN_PASSWORD": keys["admin_password"],
            "FLASK_APP": "superset",
            **self.connection_urls(),
        }

    def process_env(self) -> dict[str, str]:
        # Only what a process needs to run: Superset gets its own credentials from env(), never the
        # warehouse owner's, the cloud keys or the other services' secrets a shell may hold.
        inherited = {key: value for key, value in os.environ.items() if key in INHERITED or key.startswith("LC_")}
        return {**inherited, **self.env()}

    # ------------------------------------------------------------------ setup
    def ensure_metadata_database(self) -> None:
        with psycopg.connect(self.settings.libpq_url, autocommit=True) as conn:
            exists = conn.execute("select 1 from pg_database where datname = %s", (METADATA_DATABASE,)).fetchone()
            if not exists:
                with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                    conn.execute(sql.SQL("create database {}").format(sql.Identifier(METADATA_DATABASE)))

    def _run(self, args: list[str], what: str, *, stdin: str | None = None, timeout: float = 900) -> str:
        """Run a command of Superset's venv; its output goes to setup.log, its last line is returned."""
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(  # noqa: S603 - binaries of our own venv, fixed arguments
            args,
            env=self.process_env(),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.home,
            check=False,
            timeout=timeout,
        )
        with (self.logs_dir / "setup.log").open("a", encoding="utf-8") as log:
            log.write(f"--- {what} (exit {result.returncode})\n{result.stdout}{result.stderr}\n")
        if result.returncode != 0:
            raise DashboardError(f"{what} failed (exit {result.returncode}); see {self.logs_dir / 'setup.log'}.")
        lines = [line for line in result.stdout.splitlines() if line.strip()]
        return lines[-1] if lines else ""

    def _bootstrap(self, *args: str, stdin: str | None = None) -> str:
        return self._run(
            [str(self.binary("python")), str(BOOTSTRAP), *args], f"medilink_superset {args[0]}", stdin=stdin
        )

    @property
    def _schema_marker(self) -> Path:
        return self.home / "schema.json"

    def prepare(self, progress: Progress | None = None) -> None:
        """`superset db upgrade` and `superset init` when this venv has not prepared the database yet."""
        say = progress or (lambda _message: None)
        self.ensure_metadata_database()
        wanted = {
            "requirements": hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest(),
            "database": self.metadata_url(),
        }
        wanted["database"] = hashlib.sha256(wanted["database"].encode()).hexdigest()
        if self._schema_marker.exists() and json.loads(self._schema_marker.read_text()) == wanted:
            return
        say("Preparing Superset's metadata database (db upgrade, init)…")
        self._run([str(self.binary("superset")), "db", "upgrade"], "superset db upgrade")
        self._run([str(self.binary("superset")), "init"], "superset init")
        write_private(self._schema_marker, json.dumps(wanted) + "\n")

    def sync(self, assets: Path | None = None) -> str:
        """Admin login, connections, the dashboards of ASSETS (the committed bundle unless given)
        and the analyst role; idempotent."""
        return self._bootstrap("sync", *(["--assets", str(assets)] if assets else []))

    def add_user(self, username: str, role: str) -> str:
        """Create or update a login; returns the generated password (shown once, kept nowhere)."""
        password = secrets.token_urlsafe(18)
        self._bootstrap("user", username, "--role", role, stdin=password + "\n")
        return password

    def export(self, target: Path) -> str:
        return self._bootstrap("export", "--to", str(target))

    # ------------------------------------------------------------------ process
    def _load_state(self) -> dict[str, float]:
        if self.state_file.exists():
            return json.loads(self.state_file.read_text() or "{}")
        return {}

    def process(self) -> psutil.Process | None:
        """Our gunicorn master, recognised by pid *and* start time (pids get reused)."""
        return recorded_process(self._load_state())

    def healthy(self) -> bool:
        try:
            return httpx.get(f"{self.url}/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    def status(self) -> Status:
        proc = self.process()
        return Status(
            proc is not None,
            proc.pid if proc else None,
            self.url,
            proc is not None and self.healthy(),
            self.installed(),
        )

    def start(self) -> None:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        (self.home / "home").mkdir(parents=True, exist_ok=True)
        gunicorn = str(self.binary("gunicorn"))
        settings = self.settings
        args = [
            gunicorn,
            "--workers", str(WORKERS),
            "--worker-class", "gthread",
            "--threads", str(THREADS),
            "--timeout", "120",
            "--bind", f"{settings.medilink_superset_host}:{settings.medilink_superset_port}",
            "superset.app:create_app()",
        ]  # fmt: skip
        record = spawn_detached(gunicorn, args, self.process_env(), self.logs_dir / "superset.log")
        write_private(self.state_file, json.dumps(record) + "\n")

    def up(self, *, assets: Path | None = None, timeout: float = 300, progress: Progress | None = None) -> bool:
        """Install, prepare, start and sync; True when this call started the server."""
        say = progress or (lambda _message: None)
        self.install(say)
        self.env()  # fails early when a role's password is missing
        self.prepare(say)
        started = False
        if self.process() is None:
            host, port = self.settings.medilink_superset_host, self.settings.medilink_superset_port
            if port_in_use(port, host):
                raise DashboardError(
                    f"Port {port} is taken by another program: set MEDILINK_SUPERSET_PORT to a free port."
                )
            say(f"Starting Superset on {self.url}…")
            self.start()
            started = True
        say(f"Importing the dashboards ({assets or 'superset/assets'})…")
        self.sync(assets)
        deadline = time.monotonic() + timeout
        while not self.healthy():
            if self.process() is None:
                raise DashboardError(f"Superset exited while starting; see {self.logs_dir / 'superset.log'}.")
            if time.monotonic() > deadline:
                raise DashboardError(
                    f"Superset did not answer within {timeout:.0f} s; see {self.logs_dir / 'superset.log'}."
                )
            time.sleep(1)
        return started

    def down(self, timeout: float = 30) -> bool:
        """Stop the server `up` started (master and workers); False when none ran."""
        proc = self.process()
        if proc is None:
            self.state_file.unlink(missing_ok=True)
            return False
        signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except psutil.TimeoutExpired:
            signal_group(proc, signal.SIGKILL)
            with contextlib.suppress(psutil.TimeoutExpired):
                proc.wait(10)
        self.state_file.unlink(missing_ok=True)
        return True
