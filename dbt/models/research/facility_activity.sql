with

encounters as (

    select
        patient_id,
        facility_id,
        to_char(record_month_start, 'YYYY-MM') as month,
        facility_category as facility_type,
        facility_state as state,
        facility_lga as lga,
        1 as is_record

    from {{ ref('fct_medical_records') }}
    where record_month_start is not null

    union all

    select
        patient_id,
        facility_id,
        to_char(visit_month_start, 'YYYY-MM') as month,
        facility_category as facility_type,
        facility_state as state,
        facility_lga as lga,
        0 as is_record

    from {{ ref('fct_triage_visits') }}
    where visit_month_start is not null

),

-- One row per person and cell, so counting rows over a cell counts people.
person_cells as (

    select
        month,
        facility_type,
        state,
        lga,
        patient_id,
        array_agg(distinct facility_id) as facility_ids,
        sum(is_record) as record_count,
        sum(1 - is_record) as triage_visit_count

    from encounters
    group by month, facility_type, state, lga, patient_id

),

released as (

    {{ k_anonymous_counts('person_cells', ['month', 'facility_type'], 'patient_id', ['record_count', 'triage_visit_count']) }}

),

-- Facilities are counted over the released people only, in the same (possibly generalised) cell.
facility_counts as (

    select
        released.month,
        released.facility_type,
        released.state,
        released.lga,
        count(distinct facility_id) as facility_count

    from released
    inner join person_cells
        on person_cells.month = released.month
        and person_cells.facility_type = released.facility_type
        and person_cells.state = released.state
        and (
            person_cells.lga = released.lga
            -- a state-level row holds the people of this cell's LGAs that were not released alone
            or (
                released.lga is null
                and not exists (
                    select
                    from released as alone
                    where alone.month = released.month
                        and alone.facility_type = released.facility_type
                        and alone.state = released.state
                        and alone.lga = person_cells.lga
                )
            )
        )
    cross join lateral unnest(person_cells.facility_ids) as facility_id
    group by released.month, released.facility_type, released.state, released.lga

),

final as (

    select
        md5(concat_ws('|', released.month, released.facility_type, released.state, coalesce(released.lga, ''))) as id,
        released.month,
        released.facility_type,
        released.state,
        released.lga,
        facility_counts.facility_count,
        released.patient_count,
        released.record_count,
        released.triage_visit_count

    from released
    inner join facility_counts
        on facility_counts.month = released.month
        and facility_counts.facility_type = released.facility_type
        and facility_counts.state = released.state
        and facility_counts.lga is not distinct from released.lga

)

select * from final
