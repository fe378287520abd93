{#-
    De-identification helpers for the research schema (see the research doc block).
-#}

{#- k of the k-anonymity rule: var research_k, else MEDILINK_RESEARCH_K, else 5. -#}
{% macro research_k() -%}
    {%- set value = var('research_k', none) -%}
    {%- if value is none or (value | string | trim) == '' -%}
        {%- set value = env_var('MEDILINK_RESEARCH_K', '5') -%}
    {%- endif -%}
    {%- set k = value | string | trim | int -%}
    {%- if k < 2 -%}
        {{ exceptions.raise_compiler_error("research_k must be a whole number of at least 2, not '" ~ value ~ "'") }}
    {%- endif -%}
    {{ k }}
{%- endmacro %}

{#-
    The pseudonymisation key is a session setting (medilink.pseudonym_key) that `medilink dbt`
    passes through libpq (PGOPTIONS) from MEDILINK_PSEUDONYM_KEY: it never appears in SQL text,
    compiled files, logs or a table. This pre-hook stops the model when the key is missing.
-#}
{% macro require_pseudonym_key() -%}
do $$
begin
    if length(coalesce(current_setting('medilink.pseudonym_key', true), '')) < 32 then
        raise exception 'The pseudonymisation key is missing or shorter than 32 characters: set MEDILINK_PSEUDONYM_KEY and run dbt through `medilink dbt`.';
    end if;
end
$$
{%- endmacro %}

{#-
    HMAC-SHA256 (RFC 2104) in plain SQL with the built-in sha256(): pgcrypto is not part of every
    PostgreSQL we run on. `pseudonym_pads()` yields one row with the key's inner and outer pads;
    `hmac_sha256(message, pads)` hashes a bytea message with them (hex text).
-#}
{% macro pseudonym_pads() -%}
    select
        decode(string_agg(lpad(to_hex(get_byte(block, i) # 54), 2, '0'), '' order by i), 'hex') as inner_pad,
        decode(string_agg(lpad(to_hex(get_byte(block, i) # 92), 2, '0'), '' order by i), 'hex') as outer_pad
    from (
        select hashed || decode(repeat('00', 64 - length(hashed)), 'hex') as block
        from (
            select case when length(raw) > 64 then sha256(raw) else raw end as hashed
            from (select convert_to(current_setting('medilink.pseudonym_key'), 'UTF8') as raw) as key_bytes
        ) as short_key
    ) as padded
    cross join generate_series(0, 63) as i
{%- endmacro %}

{% macro hmac_sha256(message, pads) -%}
    encode(sha256({{ pads }}.outer_pad || sha256({{ pads }}.inner_pad || {{ message }})), 'hex')
{%- endmacro %}

{#- Research age bands: ten years wide, with everyone 90 or older in one band. -#}
{% macro research_age_band(age_years) -%}
    case
        when {{ age_years }} is null or {{ age_years }} < 0 then 'Unknown'
        when {{ age_years }} >= 90 then '90+'
        else lpad(((({{ age_years }}) / 10) * 10)::text, 2, '0') || '-' || lpad(((({{ age_years }}) / 10) * 10 + 9)::text, 2, '0')
    end
{%- endmacro %}

{#- ICD-10 chapter (I–XXII, WHO 2019) of a code in etl.ref_icd10's form (upper case, no dot). -#}
{% macro icd10_chapter(code) -%}
    case
        when {{ code }} is null then null
        when left({{ code }}, 3) between 'A00' and 'B99' then 'I'
        when left({{ code }}, 3) between 'C00' and 'D48' then 'II'
        when left({{ code }}, 3) between 'D50' and 'D89' then 'III'
        when left({{ code }}, 3) between 'E00' and 'E90' then 'IV'
        when left({{ code }}, 3) between 'F00' and 'F99' then 'V'
        when left({{ code }}, 3) between 'G00' and 'G99' then 'VI'
        when left({{ code }}, 3) between 'H00' and 'H59' then 'VII'
        when left({{ code }}, 3) between 'H60' and 'H95' then 'VIII'
        when left({{ code }}, 3) between 'I00' and 'I99' then 'IX'
        when left({{ code }}, 3) between 'J00' and 'J99' then 'X'
        when left({{ code }}, 3) between 'K00' and 'K93' then 'XI'
        when left({{ code }}, 3) between 'L00' and 'L99' then 'XII'
        when left({{ code }}, 3) between 'M00' and 'M99' then 'XIII'
        when left({{ code }}, 3) between 'N00' and 'N99' then 'XIV'
        when left({{ code }}, 3) between 'O00' and 'O99' then 'XV'
        when left({{ code }}, 3) between 'P00' and 'P96' then 'XVI'
        when left({{ code }}, 3) between 'Q00' and 'Q99' then 'XVII'
        when left({{ code }}, 3) between 'R00' and 'R99' then 'XVIII'
        when left({{ code }}, 3) between 'S00' and 'T98' then 'XIX'
        when left({{ code }}, 3) between 'V01' and 'Y98' then 'XX'
        when left({{ code }}, 3) between 'Z00' and 'Z99' then 'XXI'
        when left({{ code }}, 3) between 'U00' and 'U99' then 'XXII'
    end
{%- endmacro %}

{#-
    Small-cell control for a count model. `relation` has one row per person and cell (columns
    `cells`, state, lga, `person`, and the `sums`). LGAs are kept where the cell holds at least k
    people, otherwise generalised to the state (lga null); cells still under k are suppressed.
    Yields the released cells with patient_count and the summed measures.
-#}
{% macro k_anonymous_counts(relation, cells, person, sums) -%}
    select
        {% for cell in cells %}{{ cell }},
        {% endfor %}state,
        lga,
        count(distinct {{ person }}) as patient_count
        {%- for measure in sums %},
        sum({{ measure }})::bigint as {{ measure }}
        {%- endfor %}
    from (
        select
            {% for cell in cells %}{{ cell }},
            {% endfor %}state,
            case
                when count(*) over (partition by {{ cells | join(', ') }}, state, lga) >= {{ research_k() }} then lga
            end as lga,
            {{ person }}
            {%- for measure in sums %},
            {{ measure }}
            {%- endfor %}
        from {{ relation }}
    ) as generalised
    group by {{ cells | join(', ') }}, state, lga
    having count(distinct {{ person }}) >= {{ research_k() }}
{%- endmacro %}
