-- worker → PractitionerRole (the worker's cadre at their facility). Parameters: facility_id, since.
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'PractitionerRole',
    'id', w.id::text,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(w.updated_at)),
    'identifier', api.fhir_list(
        case when w.license_number is not null then jsonb_build_object(
            'use', 'official', 'system', 'https://medilink.ng/fhir/licence-number', 'value', w.license_number) end
    ),
    'active', w.active,
    'practitioner', jsonb_build_object('reference', 'Practitioner/' || w.id),
    'organization', jsonb_build_object('reference', 'Organization/' || w.facility_id),
    'code', jsonb_build_array(jsonb_build_object(
        'coding', jsonb_build_array(jsonb_build_object(
            'system', 'https://medilink.ng/fhir/CodeSystem/cadre',
            'code', replace(w.cadre, ' ', '-'), 'display', w.cadre)),
        'text', w.cadre
    ))
))::text
from public.workers as w
where (%(facility_id)s::bigint is null or w.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or w.updated_at > %(since)s::timestamptz)
