-- Parameter: batch_id.
with upserted as (
    insert into public.medical_records as m (
        patient_id, facility_id, record_type, record_ref, recorded_at, data, batch_id
    )
    select pat_id, fac_id, v_type, v_ref, v_recorded_at, v_data, %(batch_id)s
    from pg_temp.checked
    where (verdict).code is null
    on conflict on constraint medical_records_natural_key do update set
        patient_id = excluded.patient_id, record_type = excluded.record_type, record_ref = excluded.record_ref,
        recorded_at = excluded.recorded_at, data = excluded.data, updated_at = now(),
        batch_id = excluded.batch_id
    where (m.patient_id, m.record_type, m.record_ref, m.recorded_at, m.data)
        is distinct from (excluded.patient_id, excluded.record_type, excluded.record_ref, excluded.recorded_at,
                          excluded.data)
    returning (xmax = 0) as inserted
)

select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
from upserted;
