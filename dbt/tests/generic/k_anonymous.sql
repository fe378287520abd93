{#-
    k-anonymity of a released research model. Fails for every group of rows sharing the
    quasi-identifiers that holds fewer than k people:
      person_column  a model with a row per person (and period): counts distinct persons per group;
      count_column   a count model: each row's own people count must reach k.
-#}
{% test k_anonymous(model, quasi_identifiers, person_column=none, count_column=none) %}

{%- if person_column is not none %}
select
    {{ quasi_identifiers | join(', ') }},
    count(distinct {{ person_column }}) as people
from {{ model }}
group by {{ quasi_identifiers | join(', ') }}
having count(distinct {{ person_column }}) < {{ research_k() }}
{%- elif count_column is not none %}
select
    {{ quasi_identifiers | join(', ') }},
    {{ count_column }} as people
from {{ model }}
where {{ count_column }} is null or {{ count_column }} < {{ research_k() }}
{%- else %}
{{ exceptions.raise_compiler_error("k_anonymous needs person_column or count_column") }}
{%- endif %}

{% endtest %}
