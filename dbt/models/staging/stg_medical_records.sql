{#-
    Staging models are single selects, without the usual CTEs: PostgreSQL never flattens a view
    whose query has a WITH clause, so the incremental facts' filters would stop at the view and
    every row's jsonb would be unpacked before being thrown away. Flat, the filter reaches the
    table and only the selected rows are computed.
-#}
select
    id,
    patient_id,
    facility_id,
    record_type,
    {{ clean_text('record_ref') }} as record_ref,
    recorded_at,
    -- When the care happened: the upload's recorded_at, else when the row was created.
    coalesce(recorded_at, created_at) as record_at,
    {{ clean_text("data ->> 'diagnosis'") }} as diagnosis,
    upper({{ clean_text("data ->> 'icd10_code'") }}) as icd10_code,
    {{ clean_text("data ->> 'treatment'") }} as treatment,
    {{ jsonb_text_list("data -> 'medications'") }} as medications,
    cardinality({{ jsonb_text_list("data -> 'medications'") }}) as medication_count,
    {{ clean_text("data ->> 'notes'") }} as notes,
    {{ as_of_date() }} - {{ local_date('created_at') }} as days_since_created,
    updated_at > created_at as is_updated,
    created_at,
    updated_at

from {{ source('medilink', 'medical_records') }}
