-- worker → Practitioner. Parameters: facility_id (null: all), since (null: any time).
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Practitioner',
    'id', w.id::text,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(w.updated_at)),
    'identifier', api.fhir_list(
        case when w.staff_number is not null then jsonb_build_object(
            'use', 'official',
            'system', 'https://medilink.ng/fhir/facility/' || w.facility_id || '/staff-number',
            'value', w.staff_number) end
    ),
    'active', w.active,
    'name', jsonb_build_array(jsonb_build_object(
        'use', 'official', 'text', w.first_name || ' ' || w.last_name,
        'family', w.last_name, 'given', jsonb_build_array(w.first_name)
    )),
    'telecom', api.fhir_list(
        case when w.phone is not null then jsonb_build_object('system', 'phone', 'value', w.phone, 'use', 'work') end,
        case when w.email is not null then jsonb_build_object('system', 'email', 'value', w.email, 'use', 'work') end
    ),
    'qualification', api.fhir_list(
        case when w.license_number is not null then jsonb_build_object(
            'identifier', jsonb_build_array(jsonb_build_object(
                'system', 'https://medilink.ng/fhir/licence-number', 'value', w.license_number)),
            'code', jsonb_build_object('text', w.cadre)) end
    )
))::text
from public.workers as w
where (%(facility_id)s::bigint is null or w.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or w.updated_at > %(since)s::timestamptz)
