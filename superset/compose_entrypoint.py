"""Entrypoint of the Compose `dashboard` profile's containers: puts each password into its URI, then
runs the command it is given (`python compose_entrypoint.py superset db upgrade`).

docker-compose.yaml passes every connection as a URI without a password
(`postgresql+psycopg2://medilink_analyst@postgres:5432/medilink`) and the password in a variable of
its own. Compose copies values into a URI as they are, so a password holding `@`, `/`, `:`, `%` or `#`
would break it; here the password is percent-quoted, and Superset (SQLAlchemy's make_url) unquotes it.
The password variables are then dropped: the command sees each secret once, inside its URI.

Runs with the image's Python before Superset is imported; standard library only.
"""

from __future__ import annotations

import os
import sys
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

# The URI variable and the variable holding its password.
PASSWORDS = {
    "SUPERSET_METADATA_URI": "SUPERSET_METADATA_PASSWORD",
    "MEDILINK_RESEARCH_DB_URI": "MEDILINK_ANALYST_DB_PASSWORD",
    "MEDILINK_OPERATIONS_DB_URI": "MEDILINK_REPORTING_DB_PASSWORD",
}


def with_password(uri: str, password: str) -> str:
    """`scheme://user@host:port/db?query` with the quoted password after the user. Query parameters
    left empty (an unset POSTGRES_SSLROOTCERT) are dropped, so libpq keeps its own default."""
    parts = urlsplit(uri)
    user, at, host = parts.netloc.rpartition("@")
    if not at or not user or ":" in user:
        raise SystemExit(f"compose_entrypoint: expected scheme://user@host/database without a password, got {uri!r}")
    query = urlencode([(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if value])
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def environment(env: dict[str, str]) -> dict[str, str]:
    """The environment with every URI whose password is set completed, and the passwords removed."""
    result = dict(env)
    for uri_name, password_name in PASSWORDS.items():
        password = result.pop(password_name, "")
        if uri_name in result and password:
            result[uri_name] = with_password(result[uri_name], password)
    return result


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit("usage: compose_entrypoint.py COMMAND [ARG...]")
    os.execvpe(argv[0], argv, environment(dict(os.environ)))  # noqa: S606 - the container's own command


if __name__ == "__main__":
    main(sys.argv[1:])
