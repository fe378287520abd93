"""Per-worker cache of API client rows, emptied by PostgreSQL NOTIFY when a client changes.

Every authenticated request needs the client's row (is it revoked? is its role still the token's?).
Reading it costs a query per request; caching it must not delay a revocation. So each worker
process keeps one extra connection that LISTENs on CHANNEL. A trigger on api.clients (migration
0006) sends NOTIFY with the client id after every insert, update or delete, and before trusting
its cache a worker reads the notifications already in that connection's socket (no round trip:
a non-blocking read). A revoked client is therefore refused as soon as PostgreSQL has delivered the
notification, which it does when the revoking transaction commits.

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
from collections.abc import Callable
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

    def get(self, client_id: str, load: Callable[[str], ClientRow | None]) -> ClientRow | None:
        """The client's row: from the cache when the listener vouches for it, else from `load`."""
        if not self.enabled:
            return load(client_id)
        with self._lock:
            listening = self._drain()
            entry = self._entries.get(client_id) if listening else None
        now = time.monotonic()
        if entry is not None and now - entry[0] < self._max_age:
            return entry[1]
        row = load(client_id)
        if listening:
            with self._lock:
                self._entries[client_id] = (now, row)
        return row

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
