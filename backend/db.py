"""The database extension: one engine per app, one session per request (closed at teardown)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from elt.settings import Settings

EXTENSION_KEY = "medilink.db"


@dataclass
class _State:
    engine: Engine
    sessions: sessionmaker[Session]


class Database:
    def init_app(self, app: Flask, settings: Settings) -> None:
        engine = create_engine(
            settings.sqlalchemy_url,
            # gunicorn sync workers serve one request at a time; the overflow covers health checks
            pool_size=2,
            max_overflow=4,
            pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={
                "connect_timeout": 3,
                "application_name": "medilink-api",
                "options": f"-c statement_timeout={settings.api_statement_timeout_ms} -c timezone=UTC",
            },
        )
        app.extensions[EXTENSION_KEY] = _State(engine, sessionmaker(engine, expire_on_commit=False))
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
            g.db_session = self._state().sessions()
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
