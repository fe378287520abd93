{#- Trimmed text; blank becomes null. -#}
{% macro clean_text(column) -%}
    nullif(btrim({{ column }}), '')
{%- endmacro %}

{#- Trimmed text with inner runs of white space made one space (names); blank becomes null. -#}
{% macro clean_name(column) -%}
    nullif(regexp_replace(btrim({{ column }}), '\s+', ' ', 'g'), '')
{%- endmacro %}

{#- The same key etl.lga_key() gives: letters and digits only, lower case. -#}
{% macro lga_key(column) -%}
    regexp_replace(lower({{ column }}), '[^a-z0-9]+', '', 'g')
{%- endmacro %}

{#-
    Text split into a list on `separator`: items trimmed, blanks dropped, order and repeats kept.
    One regular-expression split per value (the separator swallows the white space around it),
    not a subquery per row: these run over millions of rows.
-#}
{% macro split_list(text, separator) -%}
    array_remove(regexp_split_to_array(btrim({{ text }}), '\s*{{ separator }}\s*'), '')
{%- endmacro %}

{#- A text[] cleaned the same way (joined on the ASCII unit separator, then split again). -#}
{% macro clean_text_array(column) -%}
    coalesce({{ split_list("array_to_string(" ~ column ~ ", chr(31))", "\x1f") }}, '{}'::text[])
{%- endmacro %}

{#-
    A jsonb value as a clean text[]: a JSON array as it is, a string split on semicolons
    (the CSV form "Drug A 1g BD; Drug B"), anything else empty.
-#}
{% macro jsonb_text_list(column) -%}
    case jsonb_typeof({{ column }})
        when 'array' then {{ clean_text_array("array(select jsonb_array_elements_text(" ~ column ~ "))") }}
        when 'string' then {{ split_list(column ~ " #>> '{}'", ";") }}
        else '{}'::text[]
    end
{%- endmacro %}
