{#- A single select, like every staging model: see stg_medical_records for why. -#}
select
    states.state,
    case when states.state = 'FCT' then 'Federal Capital Territory' else states.state end as state_name,
    coalesce(zones.geopolitical_zone, 'Unknown') as geopolitical_zone

from {{ source('reference', 'ref_states') }} as states
-- Nigeria's six geopolitical zones; the state list itself is the pipeline's (etl.ref_states).
left join (
    values
        ('Abia', 'South East'),
        ('Adamawa', 'North East'),
        ('Akwa Ibom', 'South South'),
        ('Anambra', 'South East'),
        ('Bauchi', 'North East'),
        ('Bayelsa', 'South South'),
        ('Benue', 'North Central'),
        ('Borno', 'North East'),
        ('Cross River', 'South South'),
        ('Delta', 'South South'),
        ('Ebonyi', 'South East'),
        ('Edo', 'South South'),
        ('Ekiti', 'South West'),
        ('Enugu', 'South East'),
        ('FCT', 'North Central'),
        ('Gombe', 'North East'),
        ('Imo', 'South East'),
        ('Jigawa', 'North West'),
        ('Kaduna', 'North West'),
        ('Kano', 'North West'),
        ('Katsina', 'North West'),
        ('Kebbi', 'North West'),
        ('Kogi', 'North Central'),
        ('Kwara', 'North Central'),
        ('Lagos', 'South West'),
        ('Nasarawa', 'North Central'),
        ('Niger', 'North Central'),
        ('Ogun', 'South West'),
        ('Ondo', 'South West'),
        ('Osun', 'South West'),
        ('Oyo', 'South West'),
        ('Plateau', 'North Central'),
        ('Rivers', 'South South'),
        ('Sokoto', 'North West'),
        ('Taraba', 'North East'),
        ('Yobe', 'North East'),
        ('Zamfara', 'North West')
) as zones (state, geopolitical_zone)
    on zones.state = states.state
