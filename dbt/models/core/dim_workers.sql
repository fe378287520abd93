with

workers as (

    select * from {{ ref('stg_workers') }}

),

facilities as (

    select * from {{ ref('stg_facilities') }}

),

final as (

    select
        workers.id,
        workers.facility_id,
        workers.staff_number,
        workers.first_name,
        workers.last_name,
        workers.full_name,
        workers.cadre,
        workers.cadre_group,
        workers.phone,
        workers.has_valid_phone,
        workers.email,
        workers.license_number,
        workers.is_licensed,
        workers.is_active,
        facilities.facility_name,
        facilities.facility_category,
        facilities.state as facility_state,
        facilities.lga as facility_lga,
        facilities.geopolitical_zone,
        {{ as_of_date() }} - {{ local_date('workers.created_at') }} as days_since_registered,
        workers.created_at,
        workers.updated_at

    from workers
    inner join facilities
        on facilities.id = workers.facility_id

)

select * from final
