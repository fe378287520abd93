"""Steps 3 and 4, validate and upsert, one entity at a time in dependency order.

Each entity is one transaction: its checks, its rejected rows, its upsert and its audit row land
together or not at all. A child entity is checked after its parents are upserted, so a row may
name a facility or patient that arrived earlier in the same batch.
"""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from psycopg import sql

from elt import rules
from elt.pipeline.db import prepare
from elt.pipeline.entities import ENTITIES, ENTITY_SPECS, FACILITY_REF, PATIENT_REF, Entity
from elt.pipeline.phones import foreign_phone_overrides, needs_library, ng_national_pattern
from elt.pipeline.sqlfiles import SQL_DIR
from elt.pipeline.sqlfiles import sql as load_sql


class TableFailed(RuntimeError):
    """One table's upsert failed; its transaction was rolled back and the batch marked failed.

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
    results: list[dict] = []
    if dry_run:
        with conn.transaction(force_rollback=True):
            for entity in ENTITIES:
                results.append(_entity(conn, ENTITY_SPECS[entity], batch_id, audit=False))
        return results
    for entity in ENTITIES:
        started = datetime.now(UTC)
        try:
            results.append(_entity(conn, ENTITY_SPECS[entity], batch_id, audit=True))
        except Exception as error:
            message = f"{entity}: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
            if not conn.broken:  # a lost server has nowhere to record it; the next run closes the batch
                _record_failure(conn, batch_id, entity, started, message)
            raise TableFailed(message, [result["table"] for result in results]) from error
    with conn.transaction():
        conn.execute(
            "update etl.etl_files f set status = 'loaded', updated_at = now(),"
            " rows_rejected = (select count(*) from etl.etl_rejected_rows r where r.file_id = f.id)"
            " where f.batch_id = %s and f.status = 'staged'",
            (batch_id,),
        )
    return results


def _entity(conn: psycopg.Connection, spec: Entity, batch_id: int, *, audit: bool) -> dict:
    started = datetime.now(UTC)
    params = {
        "batch_id": batch_id,
        "phone_pattern": ng_national_pattern(),
        "today": started.date(),
        "cadres": list(rules.CADRES),
        "record_types": list(rules.RECORD_TYPES),
        "languages": list(rules.LANGUAGES),
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


def _record_failure(conn: psycopg.Connection, batch_id: int, entity: str, started: datetime, message: str) -> None:
    with conn.transaction():
        conn.execute(
            "insert into etl.etl_audit_log (batch_id, table_name, started_at, completed_at, status, error_message)"
            " values (%s, %s, %s, now(), 'failed', %s)",
            (batch_id, entity, started, message),
        )
        conn.execute(
            "update etl.etl_batches set status = 'failed', completed_at = now(), error_message = %s where id = %s",
            (message, batch_id),
        )
