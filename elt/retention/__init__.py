"""Storage limitation: remove what the retention settings say is kept no longer.

| what                                   | setting (days)                            | default |
|----------------------------------------|-------------------------------------------|---------|
| raw values of rejected rows            | MEDILINK_RETENTION_REJECTED_RAW_DAYS      | 90      |
| staged rows of finished batches        | MEDILINK_RETENTION_STAGED_ROWS_DAYS       | 30      |
| S3 <prefix>/archive/ objects           | MEDILINK_RETENTION_ARCHIVE_DAYS           | 365     |
| S3 <prefix>/rejected/ error reports    | MEDILINK_RETENTION_REJECTED_REPORTS_DAYS  | 90      |
| API access audit rows                  | MEDILINK_RETENTION_AUDIT_DAYS             | 2190    |

Every step is idempotent (a second run finds nothing) and reports how many rows or objects it
removed, or would remove with dry_run. Rejected rows keep their row number and reason; only the
copy of the uploaded values (`raw`) is emptied.
"""

from elt.retention.purge import PurgeResult, purge

__all__ = ["PurgeResult", "purge"]
