-- worker → Practitioner. Parameters: facility_id (null: all), since (null: any time).
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"Practitioner","id":"' || w.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(w.updated_at) || '}'
    || coalesce(',"identifier":[{"use":"official","system":"https://medilink.ng/fhir/facility/' || w.facility_id
        || '/staff-number","value":' || api.fhir_string(w.staff_number) || '}]', '')
    || ',"active":' || w.active
    || ',"name":[{"use":"official"'
        || coalesce(',"text":' || api.fhir_string(concat_ws(' ', w.first_name, w.last_name)), '')
        || coalesce(',"family":' || api.fhir_string(w.last_name), '')
        || coalesce(',"given":[' || api.fhir_string(w.first_name) || ']', '')
        || '}]'
    || coalesce(',"telecom":[' || api.fhir_items(
        '{"system":"phone","value":' || api.fhir_string(w.phone) || ',"use":"work"}',
        '{"system":"email","value":' || api.fhir_string(w.email) || ',"use":"work"}'
    ) || ']', '')
    || coalesce(',"qualification":[{"identifier":[{"system":"https://medilink.ng/fhir/licence-number","value":'
        || api.fhir_string(w.license_number) || '}],"code":{"text":' || api.fhir_string(w.cadre) || '}}]', '')
    || '}'
from public.workers as w
where (%(facility_id)s::bigint is null or w.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or w.updated_at > %(since)s::timestamptz)
