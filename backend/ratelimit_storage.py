"""The embedded rate-limit storage: limits' memory:// without a thread per burst of requests.

limits' MemoryStorage starts a threading.Timer to drop expired counters after nearly every hit
(whenever the previous timer has finished, 10 ms later); under load that is a thread start, and a
wait for it to run, on most requests. Counters are checked for expiry on every read anyway, so here
the sweep of expired keys runs inline, at most every SWEEP_SECONDS. Selected by create_app when
the storage is memory:// (the embedded default, counting per worker).
"""

from __future__ import annotations

import time

from limits.storage import MemoryStorage

SCHEME = "medilink-memory"
SWEEP_SECONDS = 10.0


class SweepingMemoryStorage(MemoryStorage):
    STORAGE_SCHEME = [SCHEME]  # noqa: RUF012 (limits registers storages by this class attribute)

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: str) -> None:
        super().__init__(uri, wrap_exceptions, **options)
        self._next_sweep = time.monotonic() + SWEEP_SECONDS

    # MemoryStorage calls self.__schedule_expiry() after each hit: the mangled name is this one.
    def _MemoryStorage__schedule_expiry(self) -> None:
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + SWEEP_SECONDS
            self._MemoryStorage__expire_events()  # type: ignore[attr-defined]


def storage_uri(configured: str) -> str:
    """The URI to hand Flask-Limiter: memory:// becomes this module's storage, others stay."""
    return f"{SCHEME}://" if configured.startswith("memory://") else configured
