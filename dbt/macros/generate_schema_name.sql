{#-
    Custom schema names are used verbatim (staging, marts) instead of dbt's default
    "<target schema>_<custom>", so analysts and the API find the same schemas in every
    environment. Models without a custom schema fall back to the target schema.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
