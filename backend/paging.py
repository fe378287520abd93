"""Lists: page-number paging (the seed's shape) and keyset paging by an opaque cursor.

Rows are ordered by id, ascending or (medical records, triage visits: newest first, as the design
document's API answered) descending. A cursor holds the last id seen and the direction, signed so
clients cannot forge one; the next page is `id > last` (or `id < last`) through the primary key (or
a `(filter, id)` index, read backwards for descending), so its cost does not depend on how deep the
page is. Page-number paging uses OFFSET and does grow with depth.

`total` never costs a full COUNT unless asked for (`count=exact`, as PostgREST's Prefer: count=exact):
up to EXACT_COUNT_LIMIT matching rows are counted (cheap); beyond that the planner's row estimate
(EXPLAIN) is reported and `total_is_estimate` says so.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from backend.errors import ApiError
from backend.schemas.base import StorableText

EXACT_COUNT_LIMIT = 10_000
MAX_PER_PAGE = 500


class PageQuery(StorableText):
    """Query parameters every list accepts."""

    model_config = ConfigDict(extra="ignore")

    page: int = Field(1, ge=1, le=10_000_000, description="Page number (1-based); ignored with a cursor.")
    per_page: int = Field(50, ge=1, le=MAX_PER_PAGE, description="Rows per page, at most 500.")
    cursor: str | None = Field(
        None,
        max_length=512,
        description="Opaque keyset cursor: the `next_cursor` of the previous response. Its cost does not "
        "grow with depth.",
    )
    count: Literal["estimated", "exact"] = Field(
        "estimated",
        description="`exact` counts every matching row; `estimated` (default) counts exactly up to "
        f"{EXACT_COUNT_LIMIT:,} rows and reports the planner's estimate beyond.",
    )


class OrderedPageQuery(PageQuery):
    """Lists whose default order is newest first (the design document's order)."""

    order: Literal["desc", "asc"] = Field(
        "desc", description="`desc` (default): newest first; `asc`: oldest first. Send the same order with a cursor."
    )


class PageMeta(BaseModel):
    total: int = Field(ge=0)
    total_is_estimate: bool
    page: int | None = Field(description="The page number; null when the page was fetched by cursor.")
    per_page: int
    pages: int = Field(ge=0)
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


@dataclass
class Page:
    rows: list[Any]
    total: int
    total_is_estimate: bool
    page: int | None
    per_page: int
    next_cursor: str | None

    def body(self, items: list[Any]) -> dict[str, Any]:
        return {
            "data": items,
            "total": self.total,
            "total_is_estimate": self.total_is_estimate,
            "page": self.page,
            "per_page": self.per_page,
            "pages": math.ceil(self.total / self.per_page) if self.total else 0,
            "next_cursor": self.next_cursor,
        }


# ---------------------------------------------------------------- cursors
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class CursorCodec:
    """`base64url(json).base64url(hmac)`: readable by anyone, forgeable by no one.

    The payload is the keyset position: the order-by values of the last row of a page.
    """

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"medilink-cursor:" + secret.encode()).digest()

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:16]

    def encode(self, values: list[Any], descending: bool = False) -> str:
        plain = [value.isoformat() if isinstance(value, date) else value for value in values]
        body: dict[str, Any] = {"after": plain}
        if descending:
            body["desc"] = True
        payload = json.dumps(body, separators=(",", ":")).encode()
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def decode(self, cursor: str, types: list[type], descending: bool = False) -> list[Any]:
        try:
            payload_text, signature_text = cursor.split(".", 1)
            payload = _unb64(payload_text)
            if not hmac.compare_digest(self._sign(payload), _unb64(signature_text)):
                raise ValueError("signature")
            body = json.loads(payload)
            values = body["after"]
            if not isinstance(values, list) or len(values) != len(types):
                raise ValueError("shape")
            if body.get("desc", False) is not descending:
                raise ValueError("direction")
            return [_typed(value, kind) for value, kind in zip(values, types, strict=True)]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
            raise ApiError(
                400,
                "invalid_cursor",
                "The cursor is not one this endpoint issued: pass next_cursor from a previous response unchanged, "
                "with the same order.",
                {"errors": [{"field": "cursor", "code": "invalid_cursor", "message": "not a valid cursor"}]},
            ) from error


def _typed(value: Any, kind: type) -> Any:
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is str and isinstance(value, str):
        return value
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value)
    raise ValueError("type")


# ---------------------------------------------------------------- counting
def planner_estimate(session: Session, query: Select) -> int:
    """The planner's row estimate for `query` (EXPLAIN, not executed)."""
    compiled = query.compile(dialect=session.get_bind().dialect)
    plan = session.connection().exec_driver_sql("explain (format json) " + str(compiled), compiled.params).scalar_one()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class EstimateCache:
    """Per-worker memory of the queries whose total is an estimate (more than EXACT_COUNT_LIMIT rows).

    Such a total is approximate anyway, so for ESTIMATE_TTL seconds it is served from here and a page
    costs its rows only (no capped count, no EXPLAIN: two round trips fewer). The key is the query
    with its bound values (the facility scope among them), so no client sees another's estimate.
    Exact totals are never cached.
    """

    TTL = 30.0
    SIZE = 1024

    def __init__(self) -> None:
        self._entries: dict[tuple[Any, str], tuple[float, int]] = {}

    @staticmethod
    def key(query: Select) -> tuple[Any, str] | None:
        cache_key = query._generate_cache_key()
        if cache_key is None:
            return None
        return cache_key.key, repr([bind.effective_value for bind in cache_key.bindparams])

    def get(self, key: tuple[Any, str]) -> int | None:
        entry = self._entries.get(key)
        if entry is None or time.monotonic() - entry[0] > self.TTL:
            return None
        return entry[1]

    def clear(self) -> None:
        self._entries.clear()

    def put(self, key: tuple[Any, str], total: int) -> None:
        if len(self._entries) >= self.SIZE:
            del self._entries[next(iter(self._entries))]
        self._entries[key] = (time.monotonic(), total)


ESTIMATES = EstimateCache()


def count_rows(session: Session, filtered: Select, exact: bool) -> tuple[int, bool]:
    """(total, is_estimate) for the rows `filtered` selects (its columns do not matter)."""
    rows = filtered.order_by(None)
    if exact:
        return session.scalar(select(func.count()).select_from(rows.subquery())) or 0, False
    key = ESTIMATES.key(rows)
    cached = ESTIMATES.get(key) if key is not None else None
    if cached is not None:
        return cached, True
    capped = session.scalar(select(func.count()).select_from(rows.limit(EXACT_COUNT_LIMIT + 1).subquery())) or 0
    if capped <= EXACT_COUNT_LIMIT:
        return capped, False
    total = max(planner_estimate(session, rows), EXACT_COUNT_LIMIT + 1)
    if key is not None:
        ESTIMATES.put(key, total)
    return total, True


# ---------------------------------------------------------------- paging
@dataclass(frozen=True)
class Keyset:
    """The order of a list: unique, non-null columns, compared as a row value for the next page."""

    columns: list[Any]
    types: list[type]
    descending: bool = False
    # the position of a row (its values of `columns`), when they are expressions rather than columns
    extract: Callable[[Any], list[Any]] | None = None

    def after(self, values: list[Any]) -> ColumnElement[bool]:
        if len(self.columns) == 1:
            column, value = self.columns[0], values[0]
            return column < value if self.descending else column > value
        left = tuple_(*self.columns)
        right = tuple_(*(literal(value) for value in values))
        return left < right if self.descending else left > right

    def order(self) -> list[Any]:
        return [column.desc() if self.descending else column.asc() for column in self.columns]

    def position(self, row: Any) -> list[Any]:
        if self.extract is not None:
            return self.extract(row)
        mapping = row._mapping
        first = row[0]
        if len(row) == 1 and hasattr(first, "__table__"):  # an ORM entity row
            return [getattr(first, column.key) for column in self.columns]
        return [mapping[column.key] for column in self.columns]


def id_keyset(id_column: Any, descending: bool = False) -> Keyset:
    return Keyset([id_column], [int], descending)


def paginate(session: Session, query: Select, keyset: Keyset, params: PageQuery, codec: CursorCodec) -> Page:
    """One page of `query` (a select with its filters applied), in the keyset's order."""
    per_page = params.per_page
    if params.cursor:
        after = codec.decode(params.cursor, keyset.types, keyset.descending)
        rows_query = query.where(keyset.after(after)).order_by(*keyset.order()).limit(per_page + 1)
        page_number = None
    else:
        offset = (params.page - 1) * per_page
        rows_query = query.order_by(*keyset.order()).offset(offset).limit(per_page + 1)
        page_number = params.page
    rows = list(session.execute(rows_query).all())
    has_more = len(rows) > per_page
    rows = rows[:per_page]
    next_cursor = codec.encode(keyset.position(rows[-1]), keyset.descending) if has_more else None
    total, estimated = count_rows(session, query.with_only_columns(keyset.columns[0]), params.count == "exact")
    return Page(rows, total, estimated, page_number, per_page, next_cursor)
