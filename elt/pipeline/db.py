"""Connections for the pipeline: autocommit, with explicit `conn.transaction()` blocks per step."""

from __future__ import annotations

import psycopg

from elt.settings import Settings


def connect(settings: Settings) -> psycopg.Connection:
    conn = psycopg.connect(settings.libpq_url, autocommit=True, application_name="medilink-pipeline")
    prepare(conn)
    return conn


def prepare(conn: psycopg.Connection) -> psycopg.Connection:
    """Make a caller's connection fit: autocommit (steps open their own transactions) and UTC."""
    if not conn.autocommit:
        conn.rollback()
        conn.autocommit = True
    conn.execute("set timezone = 'UTC'")
    return conn
