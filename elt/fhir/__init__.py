"""FHIR R4 Bulk Data export: production tables → NDJSON, built in SQL and streamed.

- `resources`: which resource types exist, the SQL that builds each, which export levels carry it.
- `stream`: one resource type's NDJSON as a stream of lines (PostgreSQL COPY, never all in memory).
- `sinks`: where the lines go: S3 multipart upload (API jobs) or a local file (the CLI).
- `export`: writes every requested type in one snapshot, with progress and cancellation.
- `jobs`: the api.export_jobs rows a runner claims, heartbeats and finishes; expiry of old files.
"""
