{#-
    A daily series for the analysts' dashboards. Days are finer than the other models' months, so
    the quasi-identifiers are fewer (no age band, no sex): day, priority and facility type, then the
    LGA or state, under the same k rule as triage_counts.
-#}
with

triage_visits as (

    select
        patient_id,
        visit_date as day,
        priority,
        facility_category as facility_type,
        facility_state as state,
        facility_lga as lga

    from {{ ref('fct_triage_visits') }}
    where visit_date is not null

),

-- One row per person and cell, so counting rows over a cell counts people.
person_cells as (

    select
        day,
        priority,
        facility_type,
        state,
        lga,
        patient_id,
        count(*) as visit_count

    from triage_visits
    group by day, priority, facility_type, state, lga, patient_id

),

released as (

    {{ k_anonymous_counts('person_cells', ['day', 'priority', 'facility_type'], 'patient_id', ['visit_count']) }}

),

final as (

    select
        md5(concat_ws('|', day, priority, facility_type, state, coalesce(lga, ''))) as id,
        day,
        priority,
        facility_type,
        state,
        lga,
        patient_count,
        visit_count

    from released

)

select * from final
