-- Parameter: batch_id.
with upserted as (
    insert into public.workers as w (
        facility_id, staff_number, first_name, last_name, cadre, phone, email, license_number, active, batch_id
    )
    select
        fac_id, v_number, v_first, v_last, v_cadre, v_phone, v_email, nullif(btrim(license_number), ''),
        v_active, %(batch_id)s
    from pg_temp.checked
    where (verdict).code is null
    on conflict on constraint workers_natural_key do update set
        staff_number = excluded.staff_number, first_name = excluded.first_name, last_name = excluded.last_name,
        cadre = excluded.cadre, phone = excluded.phone, email = excluded.email,
        license_number = excluded.license_number, active = excluded.active, updated_at = now(),
        batch_id = excluded.batch_id
    where (w.staff_number, w.first_name, w.last_name, w.cadre, w.phone, w.email, w.license_number, w.active)
        is distinct from (excluded.staff_number, excluded.first_name, excluded.last_name, excluded.cadre,
                          excluded.phone, excluded.email, excluded.license_number, excluded.active)
    returning (xmax = 0) as inserted
)

select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
from upserted;
