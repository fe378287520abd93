"""The S3 sink: a file larger than a part goes up as a real multipart upload; abort leaves nothing."""

from __future__ import annotations

from elt.fhir.sinks import S3Sink

MIB = 1024 * 1024


def lines(count: int, width: int = 1000) -> list[bytes]:
    return [(f'{{"n":{n},"pad":"' + "x" * width + '"}\n').encode() for n in range(count)]


def test_a_big_file_is_uploaded_in_parts_and_reads_back_byte_for_byte(s3_client, empty_bucket):
    data = lines(13_000)  # about 13 MB: two 5 MiB parts and a last, smaller one
    sink = S3Sink(s3_client, empty_bucket, "export/job/Patient.ndjson", part_bytes=5 * MIB)
    for line in data:
        sink.write(line)
    sink.close()
    head = s3_client.head_object(Bucket=empty_bucket, Key="export/job/Patient.ndjson", PartNumber=1)
    assert head["PartsCount"] == 3
    body = s3_client.get_object(Bucket=empty_bucket, Key="export/job/Patient.ndjson")["Body"].read()
    assert body == b"".join(data)


def test_an_aborted_upload_leaves_no_object_and_no_pending_upload(s3_client, empty_bucket):
    sink = S3Sink(s3_client, empty_bucket, "export/job/Encounter.ndjson", part_bytes=5 * MIB)
    for line in lines(7_000):
        sink.write(line)
    sink.abort()
    assert s3_client.list_objects_v2(Bucket=empty_bucket, Prefix="export/").get("KeyCount", 0) == 0
    assert s3_client.list_multipart_uploads(Bucket=empty_bucket).get("Uploads", []) == []
