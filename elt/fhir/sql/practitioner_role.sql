-- worker → PractitionerRole (the worker's cadre at their facility). Parameters: facility_id, since.
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008).
select '{"resourceType":"PractitionerRole","id":"' || w.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(w.updated_at) || '}'
    || coalesce(',"identifier":[{"use":"official","system":"https://medilink.ng/fhir/licence-number","value":'
        || api.fhir_string(w.license_number) || '}]', '')
    || ',"active":' || w.active
    || ',"practitioner":' || api.fhir_reference('Practitioner', w.id::text)
    || ',"organization":' || api.fhir_reference('Organization', w.facility_id::text)
    || ',"code":[{"coding":[{"system":"https://medilink.ng/fhir/CodeSystem/cadre","code":"'
        || replace(w.cadre, ' ', '-') || '","display":' || api.fhir_string(w.cadre) || '}]'
        || ',"text":' || api.fhir_string(w.cadre) || '}]'
    || '}'
from public.workers as w
where (%(facility_id)s::bigint is null or w.facility_id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or w.updated_at > %(since)s::timestamptz)
