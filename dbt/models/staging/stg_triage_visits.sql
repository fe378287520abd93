{#- A single select, like every staging model: see stg_medical_records for why. -#}
select
    id,
    patient_id,
    facility_id,
    {{ clean_text('visit_ref') }} as visit_ref,
    triage_level,
    coalesce(triage_level between 1 and 5, false) as is_valid_level,
    {{ triage_level_description('triage_level') }} as level_description,
    {{ triage_priority('triage_level') }} as priority,
    {{ clean_text_array('likely_conditions') }} as likely_conditions,
    cardinality({{ clean_text_array('likely_conditions') }}) as condition_count,
    {{ clean_text_array('recommendations') }} as recommendations,
    cardinality({{ clean_text_array('recommendations') }}) as recommendation_count,
    language,
    {{ clean_text('provider') }} as provider,
    visited_at,
    -- When the visit happened: visited_at, else when the row was created.
    coalesce(visited_at, created_at) as visit_at,
    created_at,
    updated_at

from {{ source('medilink', 'triage_visits') }}
