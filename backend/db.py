"""The database extension: one engine per app, one session per request (closed at teardown).

Round trips are most of a read's cost, so:
- GET and HEAD requests run in autocommit: no BEGIN and no COMMIT round trips. A read writes only
  its audit row, one statement that commits on its own before the data is sent (backend/audit.py).
  Every other method runs in one transaction, as before.
- No ping before each checkout: a connection the server dropped (a restart) fails one request with
  a 503, and SQLAlchemy then discards every pooled connection of that worker, so the next request
  connects afresh.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from elt.settings import Settings

EXTENSION_KEY = "medilink.db"
READ_METHODS = frozenset({"GET", "HEAD"})


@dataclass
class _State:
    engine: Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session]


class Database:
    def init_app(self, app: Flask, settings: Settings) -> None:
        engine = create_engine(
            settings.sqlalchemy_url,
            # gunicorn sync workers serve one request at a time; the overflow covers health checks
            pool_size=2,
            max_overflow=4,
            pool_recycle=1800,
            connect_args={
                "connect_timeout": 3,
                "application_name": "medilink-api",
                "options": f"-c statement_timeout={settings.api_statement_timeout_ms} -c timezone=UTC",
            },
        )
        reads = engine.execution_options(isolation_level="AUTOCOMMIT")
        app.extensions[EXTENSION_KEY] = _State(
            engine, sessionmaker(engine, expire_on_commit=False), sessionmaker(reads, expire_on_commit=False)
        )
        app.teardown_appcontext(self._close)

    @staticmethod
    def _state() -> _State:
        return current_app.extensions[EXTENSION_KEY]

    @property
    def engine(self) -> Engine:
        return self._state().engine

    @property
    def session(self) -> Session:
        """The request's session; closing it at teardown rolls back anything not committed."""
        if "db_session" not in g:
            state = self._state()
            reads = has_request_context() and request.method in READ_METHODS
            g.db_session = state.read_sessions() if reads else state.sessions()
        return g.db_session

    def ping(self) -> bool:
        """True when a fresh statement reaches the database."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("select 1"))
            return True
        except Exception:
            return False

    @staticmethod
    def _close(_exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            session.close()
