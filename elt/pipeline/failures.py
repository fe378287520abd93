"""What an error on one file means: the file's content (reject it), the database gone (end the run),
or anything else (this run failed on the file; it is tried again, then quarantined).

Messages stored for clients are fixed texts with a code: exception text can carry patient values
(PostgreSQL quotes the offending value), so it never reaches etl.* rows, API answers or logs.
"""

from __future__ import annotations

import logging

import psycopg

from elt.pipeline.csvfile import FileRejected

log = logging.getLogger("elt.pipeline")

# SQLSTATE classes a row's values can cause: data exception, integrity violation, program limit
# (an index row too large, too many columns).
CONTENT_SQLSTATE_CLASSES = ("22", "23", "54")

BATCH_FAILURE_TEXT = "the {step} step failed ({kind}); files not yet archived stay in input/ for the next run"


def database_gone(conn: psycopg.Connection, error: BaseException) -> bool:
    """The connection is lost (server crash, failover): nothing more can run on it."""
    if conn.closed or conn.broken:
        return True
    return isinstance(error, psycopg.OperationalError) and getattr(error, "sqlstate", None) is None


def content_error(conn: psycopg.Connection, error: BaseException) -> FileRejected | None:
    """The rejection a file's content earned, or None for a failure outside its content.

    Re-raises when the database connection is gone: that ends the run, not the file.
    """
    if database_gone(conn, error):
        raise error
    sqlstate = getattr(error, "sqlstate", None) or ""
    if isinstance(error, psycopg.Error) and sqlstate[:2] in CONTENT_SQLSTATE_CLASSES:
        return FileRejected(
            "database_refused",
            f"the database refused a value of this file ({type(error).__name__}, SQLSTATE {sqlstate});"
            " check the lengths and characters of its values",
        )
    return None


def error_kind(error: BaseException) -> str:
    """A description of an error without its text: the class and, for the database, the SQLSTATE."""
    sqlstate = getattr(error, "sqlstate", None)
    return f"{type(error).__name__}, SQLSTATE {sqlstate}" if sqlstate else type(error).__name__


def public_message(step: str, error: BaseException) -> str:
    """The fixed, value-free text a batch or table failure is stored with."""
    return "step_failed: " + BATCH_FAILURE_TEXT.format(step=step, kind=error_kind(error))


def reject_file(conn: psycopg.Connection, file_id: int, code: str, message: str) -> None:
    with conn.transaction():
        conn.execute(
            "update etl.etl_files set status = 'rejected', error_code = %s, error_message = %s, rows_read = 0,"
            " updated_at = now() where id = %s",
            (code, message, file_id),
        )


def mark_failed(conn: psycopg.Connection, file_id: int, step: str, error: BaseException) -> None:
    """This run could not process the file for a reason outside its content; the batch goes on."""
    log.warning("file %s: %s failed (%s); the next run tries it again", file_id, step, error_kind(error))
    with conn.transaction():
        conn.execute(
            "update etl.etl_files set status = 'failed', error_code = 'step_failed', error_message = %s,"
            " updated_at = now() where id = %s",
            (
                f"step_failed: {step} failed on this file for a reason outside its content ({error_kind(error)});"
                " it stays in input/ and the next run tries it again",
                file_id,
            ),
        )
