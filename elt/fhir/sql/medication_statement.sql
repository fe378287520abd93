-- medical record medications → one MedicationStatement "record-<id>-<n>" per item of the list
-- (items separated by ";" or new lines), coded as text: the source has no RxNorm/ATC codes.
-- Parameters: facility_id, since.
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'MedicationStatement',
    'id', 'record-' || m.id || '-' || item.n,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(m.updated_at)),
    'status', 'unknown',
    'medicationCodeableConcept', jsonb_build_object('text', btrim(item.text)),
    'subject', jsonb_build_object('reference', 'Patient/' || m.patient_id),
    'context', jsonb_build_object('reference', 'Encounter/record-' || m.id),
    'dateAsserted', api.fhir_instant(m.recorded_at),
    'informationSource', jsonb_build_object('reference', 'Organization/' || m.facility_id)
))::text
from public.medical_records as m
cross join lateral regexp_split_to_table(m.data ->> 'medications', '\s*[;\n]\s*') with ordinality as item (text, n)
where m.data ? 'medications' and btrim(item.text) <> ''
    and (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
