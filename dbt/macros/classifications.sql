{#- Age band from a whole-years age: Infant under 1, Child 1–12, Adolescent 13–17, Adult 18–64, Senior 65+. -#}
{% macro age_group(age_years) -%}
    case
        when {{ age_years }} is null then 'Unknown'
        when {{ age_years }} < 1 then 'Infant'
        when {{ age_years }} <= 12 then 'Child'
        when {{ age_years }} <= 17 then 'Adolescent'
        when {{ age_years }} <= 64 then 'Adult'
        else 'Senior'
    end
{%- endmacro %}

{#-
    The same bands straight from the date of birth on a fixed date (the as-of date): "under N
    years" is "born after on_date minus N years", which counts birthdays as age() does (29
    February included). With a literal on_date the thresholds fold into constants, so a view
    over a million patients compares dates instead of computing age() once per band.
-#}
{% macro age_group_on(date_of_birth, on_date) -%}
    case
        when {{ date_of_birth }} is null or {{ date_of_birth }} > {{ on_date }} then 'Unknown'
        when {{ date_of_birth }} > {{ on_date }} - interval '1 year' then 'Infant'
        when {{ date_of_birth }} > {{ on_date }} - interval '13 years' then 'Child'
        when {{ date_of_birth }} > {{ on_date }} - interval '18 years' then 'Adolescent'
        when {{ date_of_birth }} > {{ on_date }} - interval '65 years' then 'Adult'
        else 'Senior'
    end
{%- endmacro %}

{#- Level of care from the free-text facility type (Nigeria's primary/secondary/tertiary tiers). -#}
{% macro facility_category(facility_type) -%}
    case
        when {{ facility_type }} is null then 'Unknown'
        when lower({{ facility_type }}) ~ '(teaching|federal medical|national hospital|university)' then 'Tertiary'
        when lower({{ facility_type }}) ~ '(general hospital|specialist|cottage|district hospital|state hospital)' then 'Secondary'
        when lower({{ facility_type }}) ~ '(primary|health cent|health post|clinic|maternity|dispensary)' then 'Primary'
        else 'Other'
    end
{%- endmacro %}

{#- Triage level -> priority; the mapping is documented in stg_triage_visits' yml (and unit-tested there). -#}
{% macro triage_priority(level) -%}
    case {{ level }}
        when 1 then 'Critical'
        when 2 then 'High'
        when 3 then 'Medium'
        when 4 then 'Low'
        when 5 then 'Low'
    end
{%- endmacro %}

{% macro triage_level_description(level) -%}
    case {{ level }}
        when 1 then 'Resuscitation (immediate)'
        when 2 then 'Emergency (very urgent)'
        when 3 then 'Urgent'
        when 4 then 'Less urgent'
        when 5 then 'Non-urgent'
    end
{%- endmacro %}

{#- Local hour -> a named part of the day. -#}
{% macro time_of_day(local_hour) -%}
    case
        when {{ local_hour }} is null then 'Unknown'
        when {{ local_hour }} between 6 and 11 then 'Morning'
        when {{ local_hour }} between 12 and 16 then 'Afternoon'
        when {{ local_hour }} between 17 and 20 then 'Evening'
        else 'Night'
    end
{%- endmacro %}

{#- ICD-10 codes of long-term conditions (see the chronic_condition doc block), by category. -#}
{% macro is_chronic_icd10(code) -%}
    coalesce(left({{ code }}, 3) in (
        'I10', 'I11', 'I12', 'I13', 'I14', 'I15',
        'E10', 'E11', 'E12', 'E13', 'E14',
        'B20', 'B21', 'B22', 'B23', 'B24',
        'A15', 'A16', 'A17', 'A18', 'A19',
        'J45', 'N18', 'D57'
    ), false)
{%- endmacro %}
