"""A harness to upload CSV text to the test S3 server and run the pipeline on the test database."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
import pytest

from elt.pipeline import BatchSummary, connect, run_pipeline
from elt.settings import Settings


@dataclass
class Harness:
    settings: Settings
    s3: object
    database_url: str

    def upload(self, name: str, content: str | bytes) -> str:
        key = self.settings.input_prefix + name
        body = content.encode("utf-8") if isinstance(content, str) else content
        self.s3.put_object(Bucket=self.settings.s3_bucket, Key=key, Body=body)
        return key

    def run(self, *, dry_run: bool = False) -> BatchSummary:
        with connect(self.settings) as conn:
            # The loading steps only: dbt has its own tests (tests/dbt, and the CLI and API end to end).
            return run_pipeline(conn, self.s3, self.settings, dry_run=dry_run, skip_dbt=True, triggered_by="test")

    def query(self, statement: str, params: tuple = ()) -> list[tuple]:
        with psycopg.connect(self.database_url) as conn:
            conn.execute("set timezone = 'UTC'")
            return conn.execute(statement, params).fetchall()

    def count(self, table: str) -> int:
        return self.query(f"select count(*) from {table}")[0][0]

    def rejected(self, batch_id: int | None = None) -> set[tuple]:
        rows = self.query(
            "select entity, row_number, reason_code from etl.etl_rejected_rows"
            " where %s::bigint is null or batch_id = %s",
            (batch_id, batch_id),
        )
        return set(rows)

    def keys(self, prefix: str = "") -> list[str]:
        listing = self.s3.list_objects_v2(Bucket=self.settings.s3_bucket, Prefix=self.settings.s3_prefix + "/" + prefix)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, key: str) -> bytes:
        return self.s3.get_object(Bucket=self.settings.s3_bucket, Key=key)["Body"].read()

    def assert_every_row_accounted_for(self) -> None:
        """Per batch: rows read = rows upserted (inserted, updated, unchanged) + rows rejected."""
        for batch_id, read, loaded, rejected in self.query(
            "select b.id,"
            " (select coalesce(sum(rows_read), 0) from etl.etl_files f where f.batch_id = b.id"
            "   and f.status in ('loaded', 'archived')),"
            " (select coalesce(sum(records_inserted + records_updated + records_unchanged), 0)"
            "   from etl.etl_audit_log a where a.batch_id = b.id and a.status = 'success'),"
            " (select count(*) from etl.etl_rejected_rows r where r.batch_id = b.id)"
            " from etl.etl_batches b where b.status = 'completed' and not b.dry_run"
        ):
            assert read == loaded + rejected, f"batch {batch_id}: {read} read, {loaded} loaded, {rejected} rejected"


@pytest.fixture
def harness(clean_db, empty_bucket, settings, s3_client) -> Harness:
    return Harness(settings, s3_client, clean_db)
