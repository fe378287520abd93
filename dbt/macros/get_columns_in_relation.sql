{#-
    dbt-postgres reports array columns as "ARRAY" (information_schema's data_type), which is not
    a type PostgreSQL can cast to: unit-test fixtures on tables with text[] columns and
    on_schema_change adding such a column both fail. Same query, with the element type spelled
    out (udt_name "_text" -> "text[]"). Takes precedence over the adapter's macro of the same name.
-#}
{% macro postgres__get_columns_in_relation(relation) -%}
  {% call statement('get_columns_in_relation', fetch_result=True) %}
      select
          column_name,
          case
              when data_type = 'ARRAY' then substr(udt_name, 2) || '[]'
              else data_type
          end as data_type,
          character_maximum_length,
          numeric_precision,
          numeric_scale

      from {{ relation.information_schema('columns') }}
      where table_name = '{{ relation.identifier }}'
        {% if relation.schema %}
        and table_schema = '{{ relation.schema }}'
        {% endif %}
      order by ordinal_position

  {% endcall %}
  {% set table = load_result('get_columns_in_relation').table %}
  {{ return(sql_convert_columns_in_relation(table)) }}
{% endmacro %}
