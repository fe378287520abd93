-- triage visit → Encounter "triage-<id>", medical record → Encounter "record-<id>".
-- Parameters: facility_id (null: all), since (null: any time).
-- Triage level 1–5 is coded twice in Encounter.priority: Medilink's own triage-level code system
-- (the level itself) and its nearest HL7 v3 ActPriority (1 S stat, 2 EM emergency, 3 UR urgent,
-- 4 R routine, 5 EL elective). JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"Encounter","id":"triage-' || t.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(t.updated_at) || '}'
    || coalesce(',"identifier":[{"system":"https://medilink.ng/fhir/facility/' || t.facility_id
        || '/visit-ref","value":' || api.fhir_string(t.visit_ref) || '}]', '')
    || ',"status":"finished"'
    || ',"class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB","display":"ambulatory"}'
    || ',"type":[{"text":"Triage visit"}]'
    || ',"priority":{"coding":[{"system":"https://medilink.ng/fhir/CodeSystem/triage-level","code":"'
        || t.triage_level || '","display":"'
        || (array['Resuscitation (immediate)', 'Emergency (very urgent)', 'Urgent', 'Less urgent',
                  'Non-urgent'])[t.triage_level]
        || '"},{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"'
        || (array['S', 'EM', 'UR', 'R', 'EL'])[t.triage_level] || '","display":"'
        || (array['stat', 'emergency', 'urgent', 'routine', 'elective'])[t.triage_level]
        || '"}],"text":"Triage level ' || t.triage_level || '"}'
    || ',"subject":' || api.fhir_reference('Patient', t.patient_id::text)
    || coalesce(',"period":{"start":' || api.fhir_instant(t.visited_at) || '}', '')
    || coalesce(',"reasonCode":[' || (
        select string_agg('{"text":' || api.fhir_string(condition) || '}', ',')
        from unnest(t.likely_conditions) as condition
        where btrim(condition) <> ''
    ) || ']', '')
    || ',"serviceProvider":' || api.fhir_reference('Organization', t.facility_id::text)
    || '}'
from public.triage_visits as t
where (%(facility_id)s::bigint is null or t.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or t.updated_at > %(since)s::timestamptz)

union all

select '{"resourceType":"Encounter","id":"record-' || m.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(m.updated_at) || '}'
    || coalesce(',"identifier":[{"system":"https://medilink.ng/fhir/facility/' || m.facility_id
        || '/record-ref","value":' || api.fhir_string(m.record_ref) || '}]', '')
    || ',"status":"finished"'
    || ',"class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode",'
        || case when m.record_type in ('Admission', 'Discharge')
            then '"code":"IMP","display":"inpatient encounter"}'
            else '"code":"AMB","display":"ambulatory"}' end
    || ',"type":[{"coding":[{"system":"https://medilink.ng/fhir/CodeSystem/record-type","code":"'
        || lower(replace(m.record_type, ' ', '-')) || '","display":"' || m.record_type || '"}]'
        || ',"text":"' || m.record_type || '"}]'
    || ',"subject":' || api.fhir_reference('Patient', m.patient_id::text)
    || coalesce(',"period":{"start":' || api.fhir_instant(m.recorded_at) || '}', '')
    || ',"serviceProvider":' || api.fhir_reference('Organization', m.facility_id::text)
    || '}'
from public.medical_records as m
where (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
