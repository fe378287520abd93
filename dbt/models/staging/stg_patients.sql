{#- A single select, like every staging model: see stg_medical_records for why. -#}
select
    id,
    facility_id,
    {{ clean_text('patient_number') }} as patient_number,
    {{ clean_name('first_name') }} as first_name,
    {{ clean_name('last_name') }} as last_name,
    concat_ws(' ', {{ clean_name('first_name') }}, {{ clean_name('last_name') }}) as full_name,
    sex,
    dob as date_of_birth,
    {{ age_in_years('dob', as_of_date()) }} as age_years,
    {{ age_group_on('dob', as_of_date()) }} as age_group,
    {{ clean_text('phone') }} as phone,
    -- A Nigerian mobile number in E.164: +234, then 7/8/9, then 0/1, then 8 digits.
    coalesce({{ clean_text('phone') }} ~ '^\+234[789][01][0-9]{8}$', false) as has_valid_phone,
    lower({{ clean_text('email') }}) as email,
    {{ clean_name('address') }} as address,
    created_at,
    updated_at

from {{ source('medilink', 'patients') }}
