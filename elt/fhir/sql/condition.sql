-- medical record diagnosis → Condition "record-<id>" (records with a diagnosis or an ICD-10 code).
-- The pipeline accepts only WHO ICD-10 codes and stores them upper-case, with or without the dot;
-- FHIR's ICD-10 system writes them with it (B50.9). Parameters: facility_id, since.
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Condition',
    'id', 'record-' || m.id,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(m.updated_at)),
    'category', jsonb_build_array(jsonb_build_object('coding', jsonb_build_array(jsonb_build_object(
        'system', 'http://terminology.hl7.org/CodeSystem/condition-category',
        'code', 'encounter-diagnosis', 'display', 'Encounter Diagnosis')))),
    'code', jsonb_build_object(
        'coding', case when icd.code is not null then jsonb_build_array(jsonb_build_object(
            'system', 'http://hl7.org/fhir/sid/icd-10',
            'code', case when length(icd.code) > 3
                then left(icd.code, 3) || '.' || substr(icd.code, 4) else icd.code end)) end,
        'text', m.data ->> 'diagnosis'
    ),
    'subject', jsonb_build_object('reference', 'Patient/' || m.patient_id),
    'encounter', jsonb_build_object('reference', 'Encounter/record-' || m.id),
    'recordedDate', api.fhir_instant(m.recorded_at)
))::text
from public.medical_records as m
cross join lateral (select nullif(replace(m.data ->> 'icd10_code', '.', ''), '') as code) as icd
where (m.data ? 'diagnosis' or icd.code is not null)
    and (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
