"""Steps 3 and 4, validate and upsert, one entity at a time in dependency order.

Each entity is one transaction: its checks, its rejected rows, its upsert and its audit row land
together or not at all. A child entity is checked after its parents are upserted, so a row may
name a facility or patient that arrived earlier in the same batch.

A file fails only itself: when an entity's set-based load fails on a statement (a value the
database refuses, an index row too large), the entity is loaded again file by file; the file whose
load fails is rejected (`database_refused`) or, for a reason outside its content, marked `failed`
for this run. Only a lost database connection ends the run.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import psycopg
from psycopg import sql

from elt import rules
from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITIES, ENTITY_SPECS, FACILITY_REF, PATIENT_REF, Entity
from elt.pipeline.failures import content_error, database_gone, error_kind, mark_failed, reject_file
from elt.pipeline.metrics import record_facility_rows
from elt.pipeline.phones import foreign_phone_overrides, needs_library, ng_national_pattern
from elt.pipeline.sqlfiles import SQL_DIR
from elt.pipeline.sqlfiles import sql as load_sql

log = logging.getLogger("elt.pipeline.transform")
COUNTS = ("processed", "inserted", "updated", "unchanged", "rejected")


class TableFailed(RuntimeError):
    """The database went away while one table loaded; that table's transaction was rolled back.

    `committed` names the tables whose upsert had committed before it.
    """

    def __init__(self, message: str, committed: list[str]) -> None:
        super().__init__(message)
        self.committed = committed


def validate_and_upsert(conn: psycopg.Connection, settings, batch_id: int, *, dry_run: bool = False) -> list[dict]:
    """Check and load every staged entity of the batch; returns per-table counts.

    With dry_run, everything happens inside one transaction that is rolled back: the counts and
    reasons are reported, the tables are left as they were.
    """
    prepare(conn)
    if dry_run:
        with conn.transaction(force_rollback=True):
            return [_load(conn, ENTITY_SPECS[entity], batch_id, audit=False) for entity in ENTITIES]
    results: list[dict] = []
    for entity in ENTITIES:
        try:
            results.append(_load(conn, ENTITY_SPECS[entity], batch_id, audit=True))
        except Exception as error:  # only a lost database gets here: _load isolates the files otherwise
            raise TableFailed(f"{entity}: {error_kind(error)}", [result["table"] for result in results]) from error
    with conn.transaction():
        conn.execute(
            "update etl.etl_files f set status = 'loaded', updated_at = now(),"
            " rows_rejected = (select count(*) from etl.etl_rejected_rows r where r.file_id = f.id)"
            " where f.batch_id = %s and f.status = 'staged'",
            (batch_id,),
        )
    return results


def _load(conn: psycopg.Connection, spec: Entity, batch_id: int, *, audit: bool) -> dict:
    """The entity in one statement set; file by file when that fails on a statement."""
    try:
        return _entity(conn, spec, batch_id, audit=audit)
    except Exception as error:
        if database_gone(conn, error):
            raise
        log.warning("batch %s: loading %s failed (%s); loading file by file", batch_id, spec.name, error_kind(error))
    files = conn.execute(
        "select id, object_key from etl.etl_files where batch_id = %s and entity = %s and status = 'staged'"
        " order by id",
        (batch_id, spec.name),
    ).fetchall()
    total: dict = {"table": spec.name, **dict.fromkeys(COUNTS, 0), "rejected_by_reason": {}}
    for file_id, key in files:
        try:
            counts = _entity(conn, spec, batch_id, audit=audit, file_ids=[file_id])
        except Exception as error:
            rejection = content_error(conn, error)  # re-raises when the database is gone
            if rejection is None:
                mark_failed(conn, file_id, "validate/upsert", error)
            else:
                reject_file(conn, file_id, rejection.code, f"{key}: {rejection.message}")
            continue
        for name in COUNTS:
            total[name] += counts[name]
        for code, n in counts["rejected_by_reason"].items():
            total["rejected_by_reason"][code] = total["rejected_by_reason"].get(code, 0) + n
    return total


def _entity(
    conn: psycopg.Connection, spec: Entity, batch_id: int, *, audit: bool, file_ids: list[int] | None = None
) -> dict:
    started = datetime.now(UTC)
    params = {
        "batch_id": batch_id,
        "file_ids": file_ids,
        "phone_pattern": ng_national_pattern(),
        "today": started.date(),
        **rules.sql_parameters(),
    }
    with conn.transaction():
        conn.execute("set local work_mem = '128MB'")  # the de-duplication sort stays in memory
        conn.execute(
            "drop table if exists pg_temp.judged, pg_temp.checked, pg_temp.facility_refs, pg_temp.patient_refs,"
            " pg_temp.phone_overrides"
        )
        _phone_overrides(conn, spec, batch_id)
        if FACILITY_REF in spec.one_of:
            conn.execute(_with_stage_table("resolve_facilities", spec), params)
        if PATIENT_REF in spec.one_of:
            conn.execute(_with_stage_table("resolve_patients", spec), params)
        conn.execute(load_sql(f"validate_{spec.name}"), params)
        conn.execute(load_sql("dedupe"), {"noun": spec.noun})
        if (SQL_DIR / f"validate_{spec.name}_codes.sql").exists():
            conn.execute(load_sql(f"validate_{spec.name}_codes"), params)
        processed, failed = conn.execute(
            "select count(*), count(*) filter (where (verdict).code is not null) from pg_temp.checked"
        ).fetchone()
        reasons = dict(
            conn.execute(
                "select (verdict).code, count(*) from pg_temp.checked"
                " where (verdict).code is not null group by 1 order by 1"
            ).fetchall()
        )
        conn.execute(_reject_statement(spec), {"batch_id": batch_id, "entity": spec.name})
        inserted, updated = conn.execute(load_sql(f"upsert_{spec.name}"), params).fetchone()
        record_facility_rows(conn, batch_id, spec.name)
        counts = {
            "table": spec.name,
            "processed": processed,
            "inserted": inserted,
            "updated": updated,
            "unchanged": processed - failed - inserted - updated,
            "rejected": failed,
            "rejected_by_reason": reasons,
        }
        if audit and processed:
            conn.execute(
                "insert into etl.etl_audit_log (batch_id, table_name, records_processed, records_inserted,"
                " records_updated, records_unchanged, records_failed, started_at, completed_at, status)"
                " values (%s, %s, %s, %s, %s, %s, %s, %s, now(), 'success')",
                (batch_id, spec.name, processed, inserted, updated, counts["unchanged"], failed, started),
            )
    return counts


def _with_stage_table(name: str, spec: Entity) -> str:
    # The table name comes from ENTITY_SPECS, never from input.
    return load_sql(name).replace("{stage_table}", spec.stage_table)


def _phone_overrides(conn: psycopg.Connection, spec: Entity, batch_id: int) -> None:
    """Foreign numbers are rare and outside the SQL rule: phonenumbers checks them here."""
    conn.execute("create temp table phone_overrides (raw text primary key, e164 text) on commit drop")
    if "phone" not in spec.columns:
        return
    candidates = conn.execute(
        sql.SQL("select distinct phone from {} where batch_id = %s and phone like '%%+%%'").format(
            sql.SQL(spec.stage_table)
        ),
        (batch_id,),
    ).fetchall()
    overrides = foreign_phone_overrides([raw for (raw,) in candidates if needs_library(raw)])
    if overrides:
        with conn.cursor() as cursor:
            cursor.executemany("insert into phone_overrides (raw, e164) values (%s, %s)", overrides)


def _reject_statement(spec: Entity) -> sql.Composed:
    """Rejected rows keep the raw row (every contract column plus unknown ones) as jsonb."""
    raw = sql.SQL("jsonb_build_object({}) || coalesce(c.extra, '{{}}'::jsonb)").format(
        sql.SQL(", ").join(
            sql.SQL("{}, c.{}").format(sql.Literal(column), sql.Identifier(column)) for column in spec.columns
        )
    )
    return sql.SQL(
        "insert into etl.etl_rejected_rows (batch_id, file_id, object_key, entity, row_number, reason_code,"
        " column_name, message, raw)"
        " select %(batch_id)s, c.file_id, f.object_key, %(entity)s, c.row_number, (c.verdict).code,"
        " (c.verdict).column_name, (c.verdict).message, {raw}"
        " from pg_temp.checked as c join etl.etl_files as f on f.id = c.file_id where (c.verdict).code is not null"
    ).format(raw=raw)
