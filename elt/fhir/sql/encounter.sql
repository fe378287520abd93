-- triage visit → Encounter "triage-<id>", medical record → Encounter "record-<id>".
-- Parameters: facility_id (null: all), since (null: any time).
-- Triage level 1–5 is coded twice in Encounter.priority: Medilink's own triage-level code system
-- (the level itself) and its nearest HL7 v3 ActPriority (1 S stat, 2 EM emergency, 3 UR urgent,
-- 4 R routine, 5 EL elective).
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Encounter',
    'id', 'triage-' || t.id,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(t.updated_at)),
    'identifier', api.fhir_list(
        case when t.visit_ref is not null then jsonb_build_object(
            'system', 'https://medilink.ng/fhir/facility/' || t.facility_id || '/visit-ref',
            'value', t.visit_ref) end
    ),
    'status', 'finished',
    'class', jsonb_build_object(
        'system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'AMB', 'display', 'ambulatory'),
    'type', jsonb_build_array(jsonb_build_object('text', 'Triage visit')),
    'priority', jsonb_build_object(
        'coding', jsonb_build_array(
            jsonb_build_object(
                'system', 'https://medilink.ng/fhir/CodeSystem/triage-level',
                'code', t.triage_level::text,
                'display', (array['Resuscitation (immediate)', 'Emergency (very urgent)', 'Urgent',
                                  'Less urgent', 'Non-urgent'])[t.triage_level]),
            jsonb_build_object(
                'system', 'http://terminology.hl7.org/CodeSystem/v3-ActPriority',
                'code', (array['S', 'EM', 'UR', 'R', 'EL'])[t.triage_level],
                'display', (array['stat', 'emergency', 'urgent', 'routine', 'elective'])[t.triage_level])
        ),
        'text', 'Triage level ' || t.triage_level
    ),
    'subject', jsonb_build_object('reference', 'Patient/' || t.patient_id),
    'period', case when t.visited_at is not null
        then jsonb_build_object('start', api.fhir_instant(t.visited_at)) end,
    'reasonCode', (
        select jsonb_agg(jsonb_build_object('text', condition))
        from unnest(t.likely_conditions) as condition
        where btrim(condition) <> ''
    ),
    'serviceProvider', jsonb_build_object('reference', 'Organization/' || t.facility_id)
))::text
from public.triage_visits as t
where (%(facility_id)s::bigint is null or t.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or t.updated_at > %(since)s::timestamptz)

union all

select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Encounter',
    'id', 'record-' || m.id,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(m.updated_at)),
    'identifier', api.fhir_list(
        case when m.record_ref is not null then jsonb_build_object(
            'system', 'https://medilink.ng/fhir/facility/' || m.facility_id || '/record-ref',
            'value', m.record_ref) end
    ),
    'status', 'finished',
    'class', case when m.record_type in ('Admission', 'Discharge')
        then jsonb_build_object(
            'system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'IMP', 'display', 'inpatient encounter')
        else jsonb_build_object(
            'system', 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code', 'AMB', 'display', 'ambulatory')
    end,
    'type', jsonb_build_array(jsonb_build_object(
        'coding', jsonb_build_array(jsonb_build_object(
            'system', 'https://medilink.ng/fhir/CodeSystem/record-type',
            'code', lower(replace(m.record_type, ' ', '-')), 'display', m.record_type)),
        'text', m.record_type
    )),
    'subject', jsonb_build_object('reference', 'Patient/' || m.patient_id),
    'period', case when m.recorded_at is not null
        then jsonb_build_object('start', api.fhir_instant(m.recorded_at)) end,
    'serviceProvider', jsonb_build_object('reference', 'Organization/' || m.facility_id)
))::text
from public.medical_records as m
where (%(facility_id)s::bigint is null or m.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or m.updated_at > %(since)s::timestamptz)
