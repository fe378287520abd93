{#-
    Post-hook for the incremental facts: rows whose source row was deleted (the API can delete)
    disappear from the fact too. delete+insert only ever replaces the keys of new rows, so
    without this a deleted record would live on in the mart until a full refresh.
-#}
{% macro delete_rows_missing_from(source_relation) -%}
    delete from {{ this }} as fact
    where not exists (
        select 1 from {{ source_relation }} as source_row where source_row.id = fact.id
    )
{%- endmacro %}


{#-
    The ids an incremental fact must rewrite: source rows changed since the last run, and rows whose
    patient or facility changed (their attributes are copied into the fact). Each branch is an index
    range scan on an updated_at column. Renders two CTEs, `watermarks` and `changed`, each followed
    by a comma. An empty fact has no watermark, so everything counts as new.
-#}
{% macro changed_since_last_run(source_table) -%}
watermarks as (

    select
        coalesce((select max(updated_at) from {{ this }}), '-infinity') as rows_until,
        coalesce((select max(patient_updated_at) from {{ this }}), '-infinity') as patients_until,
        coalesce((select max(facility_updated_at) from {{ this }}), '-infinity') as facilities_until

),

changed as (

    select id from {{ source('medilink', source_table) }}
    where updated_at > (select rows_until from watermarks)
    union
    select source_rows.id
    from {{ source('medilink', source_table) }} as source_rows
    inner join {{ source('medilink', 'patients') }} as patients
        on patients.id = source_rows.patient_id
    where patients.updated_at > (select patients_until from watermarks)
    union
    select source_rows.id
    from {{ source('medilink', source_table) }} as source_rows
    inner join {{ source('medilink', 'facilities') }} as facilities
        on facilities.id = source_rows.facility_id
    where facilities.updated_at > (select facilities_until from watermarks)

),
{%- endmacro %}
