-- blood pressure in a medical record → Observation "bp-<id>": a LOINC 85354-9 panel with systolic
-- (8480-6) and diastolic (8462-4) components in mm[Hg]. Read from a `blood_pressure` column (kept in
-- data when a file has one) or the "BP 120/80" the notes carry. Parameters: facility_id, since.
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"Observation","id":"bp-' || m.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(m.updated_at) || '}'
    || ',"status":"final"'
    || ',"category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category",'
        || '"code":"vital-signs","display":"Vital Signs"}]}]'
    || ',"code":{"coding":[{"system":"http://loinc.org","code":"85354-9",'
        || '"display":"Blood pressure panel with all children optional"}],"text":"Blood pressure"}'
    || ',"subject":' || api.fhir_reference('Patient', m.patient_id::text)
    || ',"encounter":' || api.fhir_reference('Encounter', 'record-' || m.id)
    || coalesce(',"effectiveDateTime":' || api.fhir_instant(m.recorded_at), '')
    || ',"component":['
        || '{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6","display":"Systolic blood pressure"}]},'
        || '"valueQuantity":{"value":' || bp.reading[1]::int
        || ',"unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}},'
        || '{"code":{"coding":[{"system":"http://loinc.org","code":"8462-4","display":"Diastolic blood pressure"}]},'
        || '"valueQuantity":{"value":' || bp.reading[2]::int
        || ',"unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}}]'
    || '}'
from public.medical_records as m
cross join lateral (
    select coalesce(
        regexp_match(m.data ->> 'blood_pressure', '^\s*([0-9]{2,3})\s*/\s*([0-9]{2,3})'),
        regexp_match(m.data ->> 'notes', '\mBP:?\s*([0-9]{2,3})\s*/\s*([0-9]{2,3})\M', 'i')
    ) as reading
) as bp
where bp.reading is not null
    and (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
