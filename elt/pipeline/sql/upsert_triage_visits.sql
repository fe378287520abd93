-- Parameter: batch_id.
with upserted as (
    insert into public.triage_visits as t (
        patient_id, facility_id, visit_ref, triage_level, likely_conditions, recommendations, language, provider,
        visited_at, batch_id
    )
    select
        pat_id, fac_id, v_ref, v_level, v_conditions, v_recommendations, v_language, v_provider, v_visited_at,
        %(batch_id)s
    from pg_temp.checked
    where (verdict).code is null
    on conflict on constraint triage_visits_natural_key do update set
        patient_id = excluded.patient_id, visit_ref = excluded.visit_ref, triage_level = excluded.triage_level,
        likely_conditions = excluded.likely_conditions, recommendations = excluded.recommendations,
        language = excluded.language, provider = excluded.provider, visited_at = excluded.visited_at,
        updated_at = now(), batch_id = excluded.batch_id
    where (t.patient_id, t.visit_ref, t.triage_level, t.likely_conditions, t.recommendations, t.language,
           t.provider, t.visited_at)
        is distinct from (excluded.patient_id, excluded.visit_ref, excluded.triage_level,
                          excluded.likely_conditions, excluded.recommendations, excluded.language,
                          excluded.provider, excluded.visited_at)
    returning (xmax = 0) as inserted
)

select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
from upserted;
