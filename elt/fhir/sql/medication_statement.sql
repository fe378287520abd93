-- medical record medications → one MedicationStatement "record-<id>-<n>" per item of the list
-- (items separated by ";" or new lines), coded as text: the source has no RxNorm/ATC codes.
-- Parameters: facility_id, since. JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"MedicationStatement","id":"record-' || m.id || '-' || item.n || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(m.updated_at) || '}'
    || ',"status":"unknown"'
    || ',"medicationCodeableConcept":{"text":' || api.fhir_string(item.text) || '}'
    || ',"subject":' || api.fhir_reference('Patient', m.patient_id::text)
    || ',"context":' || api.fhir_reference('Encounter', 'record-' || m.id)
    || coalesce(',"dateAsserted":' || api.fhir_instant(m.recorded_at), '')
    || ',"informationSource":' || api.fhir_reference('Organization', m.facility_id::text)
    || '}'
from public.medical_records as m
cross join lateral regexp_split_to_table(m.data ->> 'medications', '\s*[;\n]\s*') with ordinality as item (text, n)
where api.fhir_string(item.text) is not null
    and (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
