{#- A single select, like every staging model: see stg_medical_records for why. -#}
select
    facilities.id,
    {{ clean_name('facilities.name') }} as facility_name,
    upper({{ clean_text('facilities.facility_code') }}) as facility_code,
    {{ clean_text('facilities.type') }} as facility_type,
    {{ facility_category(clean_text('facilities.type')) }} as facility_category,
    lower({{ clean_text('facilities.ownership') }}) as ownership,
    coalesce(state_aliases.state, {{ clean_text('facilities.state') }}) as state,
    coalesce(states.state_name, state_aliases.state, {{ clean_text('facilities.state') }}) as state_name,
    coalesce(states.geopolitical_zone, 'Unknown') as geopolitical_zone,
    coalesce(lgas.lga, {{ clean_text('facilities.lga') }}) as lga,
    lgas.lga is not null as lga_is_known,
    facilities.lat as latitude,
    facilities.lon as longitude,
    case
        when facilities.lat is null or facilities.lon is null then 'missing'
        -- Nigeria's bounding box, with a little margin for border facilities.
        when facilities.lat between 4.0 and 14.0 and facilities.lon between 2.5 and 15.0 then 'valid'
        else 'outside_nigeria'
    end as coordinates_status,
    {{ clean_text('facilities.phone') }} as phone,
    lower({{ clean_text('facilities.email') }}) as email,
    {{ clean_name('facilities.address') }} as address,
    facilities.created_at,
    facilities.updated_at

from {{ source('medilink', 'facilities') }} as facilities
-- Canonical spellings: the state through its aliases, the LGA through its folded key.
left join {{ source('reference', 'ref_state_aliases') }} as state_aliases
    on state_aliases.alias = lower({{ clean_text('facilities.state') }})
left join {{ source('reference', 'ref_lgas') }} as lgas
    on lgas.state = coalesce(state_aliases.state, {{ clean_text('facilities.state') }})
    and lgas.lga_key = {{ lga_key('facilities.lga') }}
left join {{ ref('stg_states') }} as states
    on states.state = coalesce(state_aliases.state, {{ clean_text('facilities.state') }})
