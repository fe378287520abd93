-- medical record diagnosis → Condition "record-<id>" (records with a diagnosis or an ICD-10 code).
-- The pipeline accepts only WHO ICD-10 codes and stores them upper-case, with or without the dot;
-- FHIR's ICD-10 system writes them with it (B50.9). Parameters: facility_id, since.
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"Condition","id":"record-' || m.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(m.updated_at) || '}'
    || ',"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category",'
        || '"code":"encounter-diagnosis","display":"Encounter Diagnosis"}]}]'
    || ',"code":{' || concat_ws(',',
        '"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":' || api.fhir_string(
            case when length(icd.code) > 3 then left(icd.code, 3) || '.' || substr(icd.code, 4) else icd.code end
        ) || '}]',
        '"text":' || api.fhir_string(m.data ->> 'diagnosis')
    ) || '}'
    || ',"subject":' || api.fhir_reference('Patient', m.patient_id::text)
    || ',"encounter":' || api.fhir_reference('Encounter', 'record-' || m.id)
    || coalesce(',"recordedDate":' || api.fhir_instant(m.recorded_at), '')
    || '}'
from public.medical_records as m
cross join lateral (select nullif(replace(btrim(m.data ->> 'icd10_code'), '.', ''), '') as code) as icd
where (api.fhir_string(m.data ->> 'diagnosis') is not null or icd.code is not null)
    and (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
