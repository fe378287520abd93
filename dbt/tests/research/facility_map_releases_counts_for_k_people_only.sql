{#- Fails for every facility whose released counts hold fewer than k people, or whose counts,
    share or categories are partly withheld (suppression is all or nothing). -#}
select
    facility_id,
    patient_count

from {{ ref('facility_map') }}
where patient_count < {{ research_k() }}
    or (patient_count is null and (
        visit_count is not null or record_count is not null or critical_high_share is not null
        or acuity_category is not null or volume_category is not null
    ))
    or (patient_count is not null and (visit_count is null or record_count is null or volume_category is null))
