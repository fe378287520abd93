"""Run dbt in-process (dbt's programmatic `dbtRunner`) against the warehouse the settings name.

The profile in dbt/profiles.yml reads POSTGRES_* variables. They are derived here from
`settings.libpq_url` and set only for the duration of the call, so what runs is what the
settings say, whatever the caller's environment holds. Artifacts and logs go under
`settings.medilink_home`, so a test session and a developer's stack never share a target folder.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from psycopg.conninfo import conninfo_to_dict

from elt.settings import PROJECT_ROOT, Settings

DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"
DEFAULT_SSLMODE = "prefer"
# dbt scrubs the values of DBT_ENV_SECRET_* variables from its logs; the profile reads the
# password from here first (and from POSTGRES_PASSWORD when plain `dbt` runs).
SECRET_PASSWORD_VAR = "DBT_ENV_SECRET_POSTGRES_PASSWORD"  # noqa: S105 (a variable name, not a secret)
# The session setting the research models read the pseudonymisation key from (macros/research.sql).
PSEUDONYM_SETTING = "medilink.pseudonym_key"
# dbt keeps global state (flags, adapters, the event logger) per process: one invocation at a time.
_INVOCATION_LOCK = threading.Lock()


@dataclass(frozen=True)
class NodeResult:
    """One model, seed, test or unit test of an invocation."""

    unique_id: str
    name: str
    resource_type: str
    status: str
    message: str | None
    execution_time: float
    rows_affected: int | None = None
    failures: int | None = None


@dataclass(frozen=True)
class DbtResult:
    success: bool
    command: list[str]
    invocation_id: str | None
    nodes: list[NodeResult] = field(default_factory=list)
    error: str | None = None  # set when dbt stopped before running nodes (bad args, no connection)

    @property
    def failed(self) -> list[NodeResult]:
        return [node for node in self.nodes if node.status in ("error", "fail", "runtime error")]


def paths(settings: Settings) -> dict[str, Path]:
    base = Path(settings.medilink_home) / "dbt"
    return {"target": base / "target", "logs": base / "logs"}


def profile_env(settings: Settings) -> dict[str, str]:
    """The POSTGRES_* variables dbt/profiles.yml reads, from the settings' libpq URL.

    A Unix-socket URL (`postgresql://user@/db?host=/path/run&port=5432`) gives the socket
    directory as POSTGRES_HOST, which libpq (and so dbt) accepts in place of a host name.
    """
    params = conninfo_to_dict(settings.libpq_url)
    if settings.dbt_postgres_user:
        # dbt's own role (medilink_dbt) when configured: DBT_POSTGRES_USER / DBT_POSTGRES_PASSWORD.
        password = settings.dbt_postgres_password
        params |= {"user": settings.dbt_postgres_user, "password": password.get_secret_value() if password else ""}
    return {
        "POSTGRES_HOST": str(params.get("host") or "localhost"),
        "POSTGRES_PORT": str(params.get("port") or ""),
        "POSTGRES_USER": str(params.get("user") or settings.postgres_user),
        "POSTGRES_PASSWORD": str(params.get("password") or ""),
        "POSTGRES_DB": str(params.get("dbname") or settings.postgres_db),
        "POSTGRES_SSLMODE": str(params.get("sslmode") or DEFAULT_SSLMODE),
        "POSTGRES_SSLROOTCERT": str(params.get("sslrootcert") or ""),
    }


def research_env(settings: Settings) -> dict[str, str]:
    """k for the research models (MEDILINK_RESEARCH_K, read by the research_k macro) and the
    pseudonymisation key as a libpq session setting (PGOPTIONS), so the key reaches PostgreSQL
    without appearing in any SQL text, compiled file, log or table."""
    env = {"MEDILINK_RESEARCH_K": str(settings.medilink_research_k)}
    if settings.medilink_pseudonym_key is not None:
        key = settings.medilink_pseudonym_key.get_secret_value()
        escaped = key.replace("\\", "\\\\").replace(" ", "\\ ")
        options = os.environ.get("PGOPTIONS", "")
        env["PGOPTIONS"] = f"{options} -c {PSEUDONYM_SETTING}={escaped}".strip()
    return env


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    # dbt's env_var() reads os.environ; set exactly these for the call and put everything back.
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_dbt(args: list[str], settings: Settings) -> DbtResult:
    """Run one dbt command (e.g. ["build", "--select", "staging"]) and report every node."""
    from dbt.cli.main import dbtRunner  # slow import: only when dbt actually runs
    from dbt_common.invocation import get_invocation_id

    locations = paths(settings)
    command = [*args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
    profile = profile_env(settings)
    env = (
        profile
        | {
            SECRET_PASSWORD_VAR: profile["POSTGRES_PASSWORD"],
            "DBT_POSTGRES_USER": profile["POSTGRES_USER"],  # the profile reads it first
            # Every dbt command honours these (not all accept the matching CLI options).
            "DBT_TARGET_PATH": str(locations["target"]),
            "DBT_LOG_PATH": str(locations["logs"]),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        }
        | research_env(settings)
    )
    with _INVOCATION_LOCK, _environment(env):
        try:
            outcome = dbtRunner().invoke(command)
            invocation_id = get_invocation_id()
        finally:
            _close_log_file()
    return _to_result(list(args), outcome, invocation_id)


def _close_log_file() -> None:
    # dbt swaps its file handler on the next invocation without closing it; close it now.
    file_log = logging.getLogger("file_log")
    for handler in list(file_log.handlers):
        handler.close()
        file_log.removeHandler(handler)


def _to_result(args: list[str], outcome: Any, invocation_id: str | None) -> DbtResult:
    result = outcome.result
    nodes = [_node_result(item) for item in getattr(result, "results", None) or []]
    error = None
    if outcome.exception is not None:
        # dbt's own message (e.g. "Database Error … password authentication failed"); libpq
        # never echoes the password, and the URL is not part of it.
        error = f"{type(outcome.exception).__name__}: {outcome.exception}"
    return DbtResult(
        success=bool(outcome.success),
        command=args,
        invocation_id=invocation_id,
        nodes=nodes,
        error=error,
    )


def _node_result(item: Any) -> NodeResult:
    node = item.node
    response = getattr(item, "adapter_response", None) or {}
    rows = response.get("rows_affected") if isinstance(response, dict) else None
    return NodeResult(
        unique_id=node.unique_id,
        name=node.name,
        resource_type=str(getattr(node.resource_type, "value", node.resource_type)),
        status=str(getattr(item.status, "value", item.status)),
        message=item.message,
        execution_time=float(getattr(item, "execution_time", 0.0) or 0.0),
        rows_affected=rows if isinstance(rows, int) and rows >= 0 else None,
        failures=getattr(item, "failures", None),
    )
