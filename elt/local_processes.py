"""What the local services (the embedded stack, Airflow, Superset) share: private files for their
secrets and state, and long-running processes started in a session of their own, recognised later
by pid *and* start time, and stopped as a group."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import psutil


def write_private(path: Path, text: str) -> None:
    """TEXT in PATH, readable by this user only (0600) from the first byte on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    path.chmod(0o600)


def spawn_detached(binary: str, args: list[str], env: dict[str, str], log_file: Path) -> dict[str, float]:
    """Start BINARY in a session of its own, output appended to LOG_FILE; returns its record.

    posix_spawn rather than Popen: the process outlives the command that started it and is stopped
    as a group, and no Popen object is left behind to warn that its child still runs.
    """
    pid = os.posix_spawn(
        binary,
        args,
        env,
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, str(log_file), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ],
        setsid=True,
    )
    return {"pid": pid, "create_time": psutil.Process(pid).create_time()}


def recorded_process(entry: dict[str, float] | None) -> psutil.Process | None:
    """The live process a record names, or None (gone, a zombie, or a reused pid)."""
    if not entry:
        return None
    try:
        proc = psutil.Process(int(entry["pid"]))
        if proc.status() == psutil.STATUS_ZOMBIE or abs(proc.create_time() - entry["create_time"]) > 1:
            return None
    except psutil.Error:
        return None
    return proc


def signal_group(proc: psutil.Process, sig: signal.Signals) -> None:
    """Signal the process group `spawn_detached` created (pgid == its pid)."""
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    except PermissionError:
        proc.send_signal(sig)
