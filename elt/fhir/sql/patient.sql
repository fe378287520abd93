-- patient → Patient. Parameters: facility_id (null: all), since (null: any time).
-- patient_number is unique per facility only, so its identifier system names the facility.
select jsonb_strip_nulls(jsonb_build_object(
    'resourceType', 'Patient',
    'id', p.id::text,
    'meta', jsonb_build_object('lastUpdated', api.fhir_instant(p.updated_at)),
    'identifier', api.fhir_list(
        case when p.patient_number is not null then jsonb_build_object(
            'use', 'usual',
            'type', jsonb_build_object('coding', jsonb_build_array(jsonb_build_object(
                'system', 'http://terminology.hl7.org/CodeSystem/v2-0203', 'code', 'MR',
                'display', 'Medical record number'))),
            'system', 'https://medilink.ng/fhir/facility/' || p.facility_id || '/patient-number',
            'value', p.patient_number,
            'assigner', jsonb_build_object('reference', 'Organization/' || p.facility_id)) end
    ),
    'active', true,
    'name', jsonb_build_array(jsonb_build_object(
        'use', 'official', 'text', p.first_name || ' ' || p.last_name,
        'family', p.last_name, 'given', jsonb_build_array(p.first_name)
    )),
    'telecom', api.fhir_list(
        case when p.phone is not null then jsonb_build_object('system', 'phone', 'value', p.phone, 'use', 'mobile') end,
        case when p.email is not null then jsonb_build_object('system', 'email', 'value', p.email, 'use', 'home') end
    ),
    'gender', case p.sex when 'M' then 'male' when 'F' then 'female' else 'other' end,
    'birthDate', p.dob::text,
    'address', api.fhir_list(
        case when p.address is not null then jsonb_build_object('use', 'home', 'text', p.address, 'country', 'NG') end
    ),
    'managingOrganization', jsonb_build_object('reference', 'Organization/' || p.facility_id)
))::text
from public.patients as p
where (%(facility_id)s::bigint is null or p.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or p.updated_at > %(since)s::timestamptz)
