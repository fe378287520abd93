"""The patient-data access audit: who read, wrote or was refused which rows, when, from where.

A row is written in the request's own transaction, so data is never served or changed without its
audit row (if the audit insert fails, the request fails). Each row carries the source address (after
API_PROXY_HOPS trusted proxies), the user agent, the server's request id and, apart from it, any
X-Request-ID the caller sent.

Durability. A write (create, update, upload) commits as every write does: flushed to the WAL
before the answer. A read's transaction holds nothing but its audit row, and commits with
`synchronous_commit = off` (set for that transaction alone, inside the audit statement, so it costs
no extra round trip): the commit returns before the WAL flush, and PostgreSQL's WAL writer flushes
it within 3 × wal_writer_delay (200 ms by default, so 600 ms). A crash of the PostgreSQL server (not
of the API) can therefore lose the audit rows of reads answered in the last 0.6 s, never a write
and never more than that; the data read is unchanged either way. Denied requests are audited the
same way, in a short transaction of their own (the request's own is rolled back).
"""

from __future__ import annotations

import functools
import ipaddress
import uuid
from collections.abc import Iterable
from typing import Any

from flask import g, has_request_context, request
from sqlalchemy import (
    BigInteger,
    Select,
    SmallInteger,
    Text,
    bindparam,
    cast,
    exists,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import INET, array
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from backend.auth import client_confirmed, confirm_client
from backend.models import AccessAudit, Client
from backend.security import Principal

USER_AGENT_MAX = 512
INSERT = text(
    "insert into api.access_audit (who, role, action, resource, ids, request_id, status, source_address,"
    " user_agent, client_request_id, upload_id, subject)"
    " select :who, :role, :action, :resource, cast(:ids as bigint[]), :request_id, :status,"
    " cast(:source_address as inet), :user_agent, :client_request_id, cast(:upload_id as uuid), :subject"
    " where set_config('synchronous_commit', :synchronous_commit, true) is not null"
    # a client served from the worker's cache is confirmed active by this very statement
    " and (not :confirm or exists (select from api.clients c where c.client_id = :who and c.revoked_at is null"
    " and c.role = :role and c.facility_id is not distinct from cast(:facility_id as bigint)))"
)


def _address(value: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address(value)) if value else None
    except ValueError:
        return None


def request_context() -> dict[str, Any]:
    """The audit fields that describe the current HTTP request (none outside a request)."""
    if not has_request_context():
        return {"source_address": None, "user_agent": None, "client_request_id": None}
    agent = request.headers.get("User-Agent")
    return {
        "source_address": _address(request.remote_addr),
        "user_agent": agent[:USER_AGENT_MAX] if agent else None,
        "client_request_id": g.get("client_request_id"),
    }


def _values(
    who: str,
    role: str,
    action: str,
    resource: str,
    ids: Iterable[int],
    request_id: str,
    *,
    durable: bool,
    status: int = 200,
    upload_id: uuid.UUID | None = None,
    subject: str | None = None,
) -> dict[str, Any]:
    return {
        "who": who,
        "role": role,
        "action": action,
        "resource": resource,
        "ids": [int(value) for value in ids],
        "request_id": request_id,
        "status": status,
        "upload_id": str(upload_id) if upload_id else None,
        "subject": subject,
        "synchronous_commit": "on" if durable else "off",
        "confirm": False,
        "facility_id": None,
        **request_context(),
    }


def record_access(
    session: Session,
    action: str,
    resource: str,
    ids: Iterable[int],
    principal: Principal | None = None,
    request_id: str | None = None,
    *,
    upload_id: uuid.UUID | None = None,
    context: dict[str, Any] | None = None,
) -> None:
    """Audit one access; `principal`, `request_id` and `context` (request_context()) default to the
    current request's: pass them when auditing after the request, e.g. from a streamed response.

    list and read commit without waiting for the WAL flush (see the module docstring); writes wait.
    """
    principal = principal or g.principal
    durable = action not in ("list", "read")
    values = _values(
        principal.client_id,
        principal.role,
        action,
        resource,
        ids,
        request_id or g.request_id,
        durable=durable,
        upload_id=upload_id,
    )
    in_request = has_request_context()
    if context is not None:
        values.update(context)
    values.update(confirm=in_request and bool(g.get("client_unconfirmed")), facility_id=principal.facility_id)
    if session.execute(INSERT, values).rowcount == 0:  # the cached client is no longer active as cached
        confirm_client()  # raises 401
        session.execute(INSERT, {**values, "confirm": False})
    if in_request:
        client_confirmed()


@functools.cache
def read_statement(entity: Any, scoped: bool) -> Select:
    """Read one row of `entity` by id (and, when `scoped`, facility) and insert its 'read' audit row,
    in one statement: one round trip instead of two, and the audit row exists exactly when a row is
    returned. The same statement confirms the client is still active as its token says. Built once
    per entity; the values are bound by `read_parameters`. Its transaction commits without waiting
    for the WAL flush (the set_config below), as every read's audit does.
    """
    query = select(entity).where(entity.id == bindparam("row_id", type_=BigInteger))
    if scoped:
        query = query.where(entity.facility_id == bindparam("facility_id", type_=BigInteger))
    found = query.cte("found")
    active = exists().where(
        Client.client_id == bindparam("who", type_=Text),
        Client.revoked_at.is_(None),
        Client.role == bindparam("role", type_=Text),
        Client.facility_id.is_not_distinct_from(bindparam("facility_id", type_=BigInteger)),
    )
    columns = ("who", "role", "resource", "request_id", "user_agent", "client_request_id")
    audit = insert(AccessAudit).from_select(
        [*columns, "action", "ids", "status", "source_address"],
        select(
            *(bindparam(name, type_=Text) for name in columns),
            literal("read"),
            array([cast(found.c.id, BigInteger)]),
            literal(200, SmallInteger),
            cast(bindparam("source_address", type_=Text), INET),
        )
        .select_from(found)
        .where(func.set_config("synchronous_commit", "off", True).is_not(None), active),
    )
    # no row either when there is none to see or when the client is no longer active (read_row tells which)
    return select(aliased(entity, found)).where(active).add_cte(audit.cte("audit"))


def read_parameters(resource: str, row_id: int) -> dict[str, Any]:
    """The values `read_statement` binds, for the current request and principal."""
    principal = g.principal
    context = request_context()
    return {
        "row_id": row_id,
        "facility_id": principal.facility_id,
        "who": principal.client_id,
        "role": principal.role,
        "resource": resource,
        "request_id": g.request_id,
        "user_agent": context["user_agent"],
        "client_request_id": context["client_request_id"],
        "source_address": context["source_address"],
    }


def record_denial(connection: Connection, status: int, resource: str, ids: Iterable[int]) -> None:
    """Audit a refused request (401, 403, or 404 on patient-level data) on `connection`."""
    principal: Principal | None = g.get("principal") or g.get("token_principal")
    who, role = (principal.client_id, principal.role) if principal else ("anonymous", "none")
    connection.execute(
        INSERT, _values(who, role, "denied", resource, ids, g.get("request_id", ""), durable=False, status=status)
    )


def record_operator(session: Session, action: str, client_id: str, operator: str) -> None:
    """Audit a `medilink clients …` change made from the command line (committed by the caller)."""
    session.execute(
        INSERT,
        _values(operator, "operator", action, "clients", [], uuid.uuid4().hex, durable=True, subject=client_id),
    )
