"""API clients: create (the secret is returned once), list, revoke. Used by the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backend.audit import record_operator
from backend.models import Client, Facility
from backend.security import ROLES, hash_secret, new_client_id, new_client_secret


class ClientError(ValueError):
    pass


@dataclass(frozen=True)
class NewClient:
    client_id: str
    client_secret: str
    role: str
    facility_id: int | None


def create_client(
    session: Session,
    role: str,
    facility_id: int | None = None,
    name: str | None = None,
    operator: str | None = None,
) -> NewClient:
    """A new client; with `operator` (who ran `medilink clients create`), audited in the same commit."""
    if role not in ROLES:
        raise ClientError(f"role must be one of {', '.join(ROLES)}")
    if role == "facility" and facility_id is None:
        raise ClientError("a facility client needs --facility-id")
    if role != "facility" and facility_id is not None:
        raise ClientError("only facility clients are bound to a facility")
    if facility_id is not None and session.get(Facility, facility_id) is None:
        raise ClientError(f"no facility with id {facility_id}")
    client_id, secret = new_client_id(), new_client_secret()
    session.add(
        Client(client_id=client_id, name=name, secret_hash=hash_secret(secret), role=role, facility_id=facility_id)
    )
    if operator is not None:
        session.flush()
        record_operator(session, "client_create", client_id, operator)
    session.commit()
    return NewClient(client_id, secret, role, facility_id)


def list_clients(session: Session, include_revoked: bool = False) -> list[Client]:
    query = select(Client).order_by(Client.created_at, Client.client_id)
    if not include_revoked:
        query = query.where(Client.revoked_at.is_(None))
    return list(session.scalars(query))


def revoke_client(session: Session, client_id: str, operator: str | None = None) -> bool:
    """Revoke a client (its tokens stop working at once); False when it is unknown or already revoked.

    With `operator` (who ran `medilink clients revoke`), the revocation is audited in the same commit.
    """
    result = session.execute(
        update(Client).where(Client.client_id == client_id, Client.revoked_at.is_(None)).values(revoked_at=func.now())
    )
    if operator is not None and result.rowcount == 1:
        record_operator(session, "client_revoke", client_id, operator)
    session.commit()
    return result.rowcount == 1
