"""Unauthenticated endpoints: GET / (a page that links the docs) and GET /health."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from apiflask import APIBlueprint
from flask import current_app
from pydantic import BaseModel

from backend.extensions import db

bp = APIBlueprint("health", __name__, tag="Health")

INDEX = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Medilink API</title></head>
<body>
<h1>Medilink API</h1>
<p>Facilities, patients, health workers, medical records and triage visits; analytics; bulk CSV upload.</p>
<ul>
<li><a href="/docs">Interactive documentation</a></li>
<li><a href="/openapi.json">OpenAPI document</a></li>
<li><a href="/health">Health</a></li>
</ul>
<p>Every /api route needs a bearer token: POST client credentials to <code>/api/v1/auth/token</code>.</p>
</body></html>
"""


class Health(BaseModel):
    """The design document's answer (status, timestamp, database) without its `host` key."""

    status: Literal["healthy", "unhealthy"]
    timestamp: datetime
    database: Literal["connected", "disconnected"]
    version: str


@bp.get("/")
@bp.doc(hide=True)
def index():
    return INDEX, 200, {"Content-Type": "text/html; charset=utf-8"}


@bp.get("/health")
@bp.output(Health)
@bp.doc(
    responses={
        503: {
            "description": "The database is unreachable",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}},
        }
    }
)
def health():
    """Service health

    Reports whether the database answers. Never includes host names or error texts.
    """
    reachable = db.ping()
    body = Health(
        status="healthy" if reachable else "unhealthy",
        timestamp=datetime.now(UTC),
        database="connected" if reachable else "disconnected",
        version=current_app.config["API_VERSION"],
    )
    return body, 200 if reachable else 503, {"Cache-Control": "no-store"}
