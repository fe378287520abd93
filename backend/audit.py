"""The patient-data access audit: who read or wrote which rows, when, in which request.

The row is written in the request's own transaction, so data is never served or changed without
its audit row (if the audit insert fails, the request fails).
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import g
from sqlalchemy import insert
from sqlalchemy.orm import Session

from backend.models import AccessAudit
from backend.security import Principal


def record_access(
    session: Session,
    action: str,
    resource: str,
    ids: Iterable[int],
    principal: Principal | None = None,
    request_id: str | None = None,
) -> None:
    """Audit one access; `principal` and `request_id` default to the current request's."""
    principal = principal or g.principal
    session.execute(
        insert(AccessAudit).values(
            who=principal.client_id,
            role=principal.role,
            action=action,
            resource=resource,
            ids=[int(value) for value in ids],
            request_id=request_id or g.request_id,
        )
    )
