-- facility → Organization. Parameters: facility_id (null: all), since (null: any time).
-- JSON is assembled as text (see the api.fhir_* helpers in migration 0008); an optional element is
-- `coalesce(',"key":' || value, '')`, so a missing value drops the key.
select '{"resourceType":"Organization","id":"' || f.id || '"'
    || ',"meta":{"lastUpdated":' || api.fhir_instant(f.updated_at) || '}'
    || coalesce(',"identifier":[{"use":"official","system":"https://hfr.health.gov.ng/facility-code","value":'
        || api.fhir_string(f.facility_code) || '}]', '')
    || ',"active":true'
    || coalesce(',"type":[' || api.fhir_items(
        '{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/organization-type","code":"prov",'
            || '"display":"Healthcare Provider"}],"text":' || api.fhir_string(f.type) || '}',
        '{"text":' || api.fhir_string(f.ownership) || '}'
    ) || ']', '')
    || coalesce(',"name":' || api.fhir_string(f.name), '')
    || coalesce(',"telecom":[' || api.fhir_items(
        '{"system":"phone","value":' || api.fhir_string(f.phone) || ',"use":"work"}',
        '{"system":"email","value":' || api.fhir_string(f.email) || ',"use":"work"}'
    ) || ']', '')
    || ',"address":[{"use":"work","type":"physical"'
        || coalesce(',"text":' || api.fhir_string(f.address), '')
        || coalesce(',"district":' || api.fhir_string(f.lga), '')
        || coalesce(',"state":' || api.fhir_string(f.state), '')
        || ',"country":"NG"}]'
    || '}'
from public.facilities as f
where (%(facility_id)s::bigint is null or f.id = %(facility_id)s::bigint)
    and (%(since)s::timestamptz is null or f.updated_at > %(since)s::timestamptz)
