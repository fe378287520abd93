"""Per-worker cache of API client rows, emptied by PostgreSQL NOTIFY when a client changes.

Every authenticated request needs the client's row (is it revoked? is its role still the token's?).
Reading it costs a query per request. So each worker process keeps one extra connection that
LISTENs on CHANNEL. A trigger on api.clients (migration 0006) sends NOTIFY with the client id after
every insert, update or delete, and before trusting its cache a worker reads the notifications
already in that connection's socket (no round trip: a non-blocking read).

A notification reaches the socket a moment after the revoking commit (the listening backend must
be scheduled to send it), so the cache alone could serve a revoked client for that moment. It is
never trusted alone: only GET and HEAD requests use it, and their answer is confirmed before it is
sent, inside the request's own audit statement on patient data (backend/audit.py) or by one read
of the row otherwise (backend/hooks.py). Revocation therefore stays immediate.

Fail-safe: without a working listener (not yet connected, connection lost, no migration 0006) the
cache is emptied and bypassed, so every request reads the row. Entries also expire after
`max_age` seconds in case a notification were ever lost.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import weakref
from dataclasses import dataclass

import psycopg

CHANNEL = "medilink_clients"
log = logging.getLogger("backend.client_cache")


@dataclass(frozen=True)
class ClientRow:
    revoked: bool
    role: str
    facility_id: int | None


class ClientCache:
    def __init__(self, libpq_url: str, max_age: float) -> None:
        self._url = libpq_url
        self._max_age = max_age
        self._entries: dict[str, tuple[float, ClientRow | None]] = {}
        self._listener: psycopg.Connection | None = None
        self._pid = 0
        self._retry_at = 0.0
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._max_age > 0

    def cached(self, client_id: str) -> ClientRow | None:
        """The cached row when the listener vouches for it and it is fresh, else None."""
        if not self.enabled:
            return None
        with self._lock:
            entry = self._entries.get(client_id) if self._drain() else None
        if entry is None or time.monotonic() - entry[0] >= self._max_age:
            return None
        return entry[1]

    def put(self, client_id: str, row: ClientRow) -> None:
        """Remember a row just read (only while a listener would hear of its changes)."""
        if not self.enabled:
            return
        with self._lock:
            if self._listener is not None and self._pid == os.getpid():
                self._entries[client_id] = (time.monotonic(), row)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def close(self) -> None:
        with self._lock:
            self._close_listener()

    # ------------------------------------------------------------ listener
    def _drain(self) -> bool:
        """Apply the notifications received so far; False when no listener is working."""
        if self._pid != os.getpid():  # a forked worker: the parent's socket is not ours
            self._listener, self._pid = None, os.getpid()
            self._entries.clear()
        if self._listener is None and not self._connect():
            return False
        assert self._listener is not None
        pgconn = self._listener.pgconn
        try:
            pgconn.consume_input()
            while (notify := pgconn.notifies()) is not None:
                client_id = notify.extra.decode()
                if client_id:
                    self._entries.pop(client_id, None)
                else:  # TRUNCATE: every client may be gone
                    self._entries.clear()
        except psycopg.Error:
            log.warning("client cache listener lost; reading client rows from the database until it is back")
            self._close_listener()
            return False
        return True

    def _connect(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        self._entries.clear()  # anything cached before this listener existed may be stale
        try:
            listener = psycopg.connect(self._url, autocommit=True, connect_timeout=3, application_name="medilink-api")
            listener.execute(f"listen {CHANNEL}")
        except psycopg.Error:
            log.warning("client cache listener unavailable; client rows are read on every request")
            self._retry_at = time.monotonic() + 5
            return False
        self._listener = listener
        weakref.finalize(self, listener.close)  # closed with the cache, or at exit
        return True

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        self._entries.clear()
        if listener is not None:
            with contextlib.suppress(psycopg.Error):
                listener.close()
