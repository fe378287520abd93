{#- A single select, like every staging model: see stg_medical_records for why. -#}
select
    id,
    facility_id,
    {{ clean_text('staff_number') }} as staff_number,
    {{ clean_name('first_name') }} as first_name,
    {{ clean_name('last_name') }} as last_name,
    concat_ws(' ', {{ clean_name('first_name') }}, {{ clean_name('last_name') }}) as full_name,
    cadre,
    case
        when cadre in ('doctor', 'nurse', 'midwife', 'community health extension worker') then 'Clinical'
        when cadre in ('pharmacist', 'laboratory scientist') then 'Allied health'
        else 'Other'
    end as cadre_group,
    {{ clean_text('phone') }} as phone,
    coalesce({{ clean_text('phone') }} ~ '^\+234[789][01][0-9]{8}$', false) as has_valid_phone,
    lower({{ clean_text('email') }}) as email,
    upper({{ clean_text('license_number') }}) as license_number,
    {{ clean_text('license_number') }} is not null as is_licensed,
    active as is_active,
    created_at,
    updated_at

from {{ source('medilink', 'workers') }}
