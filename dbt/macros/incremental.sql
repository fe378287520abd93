{#-
    Post-hook for the incremental facts: rows whose source row was deleted (the API can delete)
    disappear from the fact too. delete+insert only ever replaces the keys of new rows, so
    without this a deleted record would live on in the mart until a full refresh.
-#}
{% macro delete_rows_missing_from(source_relation) -%}
    delete from {{ this }} as fact
    where not exists (
        select 1 from {{ source_relation }} as source_row where source_row.id = fact.id
    )
{%- endmacro %}
