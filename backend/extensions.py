"""Extension objects, created unbound here and bound to an app by `create_app` via init_app."""

from __future__ import annotations

from flask import g
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from backend.db import Database


def client_or_address() -> str:
    """Rate-limit key: the authenticated client when known, else the caller's address."""
    principal = g.get("principal")
    return f"client:{principal.client_id}" if principal else f"addr:{get_remote_address()}"


db = Database()
limiter = Limiter(key_func=get_remote_address, headers_enabled=True)
cors = CORS()
