-- Parameter: batch_id.
with upserted as (
    insert into public.patients as p (
        facility_id, patient_number, first_name, last_name, sex, dob, phone, email, address, batch_id
    )
    select
        fac_id, v_number, v_first, v_last, v_sex, v_dob, v_phone, v_email, nullif(address, ''), %(batch_id)s
    from pg_temp.checked
    where (verdict).code is null
    on conflict on constraint patients_natural_key do update set
        patient_number = excluded.patient_number, first_name = excluded.first_name,
        last_name = excluded.last_name, sex = excluded.sex, dob = excluded.dob, phone = excluded.phone,
        email = excluded.email, address = excluded.address, updated_at = now(), batch_id = excluded.batch_id
    where (p.patient_number, p.first_name, p.last_name, p.sex, p.dob, p.phone, p.email, p.address)
        is distinct from (excluded.patient_number, excluded.first_name, excluded.last_name, excluded.sex,
                          excluded.dob, excluded.phone, excluded.email, excluded.address)
    returning (xmax = 0) as inserted
)

select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
from upserted;
