"""Extension objects, created unbound here and bound to an app by `create_app` via init_app.

Rate limits (Flask-Limiter): every route has the default limit per client (the token's subject, or
the caller's address before authentication); lists with count=exact and CSV exports share stricter
limits of their own; the token and upload endpoints declare theirs on the view. Counts live in the
storage API_RATELIMIT_STORAGE_URI (or REDIS_URL) names: Redis shares them between workers and hosts;
the embedded default memory:// counts per gunicorn worker.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import current_app, g, request
from flask_cors import CORS
from flask_limiter import Limit, Limiter
from flask_limiter.util import get_remote_address

from backend.db import Database


def client_or_address() -> str:
    """Rate-limit key: the client the bearer token names when it is valid, else the caller's address."""
    principal = g.get("principal")
    if principal is None:
        from backend.auth import token_principal  # backend.auth imports this module

        principal = token_principal()
    return f"client:{principal.client_id}" if principal else f"addr:{get_remote_address()}"


def _rate(name: str) -> Callable[[], str]:
    return lambda: getattr(current_app.config["MEDILINK_API_SETTINGS"], name)


def is_csv_export() -> bool:
    return request.args.get("format") == "csv" or "text/csv" in request.headers.get("Accept", "")


db = Database()
limiter = Limiter(
    key_func=get_remote_address,
    headers_enabled=True,
    default_limits=[
        Limit(_rate("api_rate_limit_default"), key_function=client_or_address),
        Limit(
            _rate("api_rate_limit_exact_count"),
            key_function=client_or_address,
            shared=True,
            scope="count-exact",
            exempt_when=lambda: request.args.get("count") != "exact",
        ),
        Limit(
            _rate("api_rate_limit_export"),
            key_function=client_or_address,
            shared=True,
            scope="csv-export",
            exempt_when=lambda: not is_csv_export(),
        ),
    ],
)
cors = CORS()
