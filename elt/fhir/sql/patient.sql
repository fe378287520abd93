-- patient → Patient. Parameters: facility_id (null: all), since (null: any time).
-- patient_number is unique per facility only, so its identifier system names the facility.
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"Patient","id":"' || p.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(p.updated_at) || '}'
    || coalesce(',"identifier":[{"use":"usual","type":{"coding":[{"system":'
        || '"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR","display":"Medical record number"}]}'
        || ',"system":"https://medilink.ng/fhir/facility/' || p.facility_id || '/patient-number"'
        || ',"value":' || api.fhir_string(p.patient_number)
        || ',"assigner":' || api.fhir_reference('Organization', p.facility_id::text) || '}]', '')
    || ',"active":true'
    || ',"name":[{"use":"official"'
        || coalesce(',"text":' || api.fhir_string(concat_ws(' ', p.first_name, p.last_name)), '')
        || coalesce(',"family":' || api.fhir_string(p.last_name), '')
        || coalesce(',"given":[' || api.fhir_string(p.first_name) || ']', '')
        || '}]'
    || coalesce(',"telecom":[' || api.fhir_items(
        '{"system":"phone","value":' || api.fhir_string(p.phone) || ',"use":"mobile"}',
        '{"system":"email","value":' || api.fhir_string(p.email) || ',"use":"home"}'
    ) || ']', '')
    || ',"gender":"' || case p.sex when 'M' then 'male' when 'F' then 'female' else 'other' end || '"'
    || ',"birthDate":"' || p.dob || '"'
    || coalesce(',"address":[{"use":"home","text":' || api.fhir_string(p.address) || ',"country":"NG"}]', '')
    || ',"managingOrganization":' || api.fhir_reference('Organization', p.facility_id::text)
    || '}'
from public.patients as p
where (%(facility_id)s::bigint is null or p.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or p.updated_at > %(since)s::timestamptz)
