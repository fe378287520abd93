{#-
    The "today" of a run, as a date literal: var('as_of_date') when set (tests pin it), else the
    date on which the run started in local_timezone. A literal (not current_date) lets
    PostgreSQL fold every window boundary computed from it into a constant.
-#}
{% macro as_of_date() -%}
    {%- set value = var('as_of_date', none) -%}
    {%- if value is none or (value | string | trim) == '' -%}
        {%- set day = run_started_at.astimezone(modules.pytz.timezone(var('local_timezone'))).date() -%}
    {%- else -%}
        {#- fromisoformat rejects anything that is not a plain date, so nothing else reaches the SQL. -#}
        {%- set day = modules.datetime.date.fromisoformat(value | string | trim) -%}
    {%- endif -%}
    date '{{ day.isoformat() }}'
{%- endmacro %}

{#- A timestamptz read on the facilities' wall clock (a timestamp without time zone). -#}
{% macro local_time(column) -%}
    ({{ column }} at time zone '{{ var("local_timezone") }}')
{%- endmacro %}

{% macro local_date(column) -%}
    ({{ local_time(column) }})::date
{%- endmacro %}

{#- Whole years from date_of_birth to on_date, as a person counts birthdays; null before birth. -#}
{% macro age_in_years(date_of_birth, on_date) -%}
    case
        when {{ date_of_birth }} <= {{ on_date }}
            then date_part('year', age({{ on_date }}, {{ date_of_birth }}))::integer
    end
{%- endmacro %}

{#- True when a date falls in the `days` days ending on the as-of date (both ends included). -#}
{% macro within_days(date_column, days) -%}
    ({{ as_of_date() }} - {{ date_column }} between 0 and {{ days - 1 }})
{%- endmacro %}

{#- The run's start as a timestamptz: every row one invocation writes gets the same value. -#}
{% macro run_started_at_sql() -%}
    '{{ run_started_at.isoformat() }}'::timestamptz
{%- endmacro %}
