-- facility → Organization. Parameters: facility_id (null: all), since (null: any time).
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Organization',
    'id', f.id::text,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(f.updated_at)),
    'identifier', api.fhir_list(
        case when f.facility_code is not null then jsonb_build_object(
            'use', 'official', 'system', 'https://hfr.health.gov.ng/facility-code', 'value', f.facility_code) end
    ),
    'active', true,
    'type', api.fhir_list(
        case when f.type is not null then jsonb_build_object('coding', jsonb_build_array(jsonb_build_object(
            'system', 'http://terminology.hl7.org/CodeSystem/organization-type', 'code', 'prov',
            'display', 'Healthcare Provider')), 'text', f.type) end,
        case when f.ownership is not null then jsonb_build_object('text', f.ownership) end
    ),
    'name', f.name,
    'telecom', api.fhir_list(
        case when f.phone is not null then jsonb_build_object('system', 'phone', 'value', f.phone, 'use', 'work') end,
        case when f.email is not null then jsonb_build_object('system', 'email', 'value', f.email, 'use', 'work') end
    ),
    'address', jsonb_build_array(jsonb_build_object(
        'use', 'work', 'type', 'physical', 'text', f.address,
        'district', f.lga, 'state', f.state, 'country', 'NG'
    ))
))::text
from public.facilities as f
where (%(facility_id)s::bigint is null or f.id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or f.updated_at > %(since)s::timestamptz)
