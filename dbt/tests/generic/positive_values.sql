{#-
    Fails for every row whose value is not positive (nulls are left to not_null).
    allow_zero: true accepts zero too, for counts that may legitimately be empty.
-#}
{% test positive_values(model, column_name, allow_zero=false) %}

select
    {{ column_name }} as failing_value
from {{ model }}
where {{ column_name }} {{ '<' if allow_zero else '<=' }} 0

{% endtest %}
