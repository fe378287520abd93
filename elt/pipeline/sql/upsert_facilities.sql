-- Insert new facilities, update changed ones, leave identical ones alone. Parameter: batch_id.
with incoming as (
    select
        v_name as name, v_state as state, v_lga as lga, v_lat as lat, v_lon as lon,
        nullif(btrim(type), '') as type, v_code as facility_code, nullif(btrim(ownership), '') as ownership,
        v_phone as phone, v_email as email, nullif(address, '') as address
    from pg_temp.checked
    where (verdict).code is null
),

upserted as (
    insert into public.facilities as f (
        name, state, lga, lat, lon, type, facility_code, ownership, phone, email, address, batch_id
    )
    select
        name, state, lga, lat, lon, type, facility_code, ownership, phone, email, address, %(batch_id)s
    from incoming
    on conflict on constraint facilities_natural_key do update set
        name = excluded.name, lat = excluded.lat, lon = excluded.lon, type = excluded.type,
        facility_code = excluded.facility_code, ownership = excluded.ownership, phone = excluded.phone,
        email = excluded.email, address = excluded.address, updated_at = now(), batch_id = excluded.batch_id
    where (f.name, f.lat, f.lon, f.type, f.facility_code, f.ownership, f.phone, f.email, f.address)
        is distinct from (excluded.name, excluded.lat, excluded.lon, excluded.type, excluded.facility_code,
                          excluded.ownership, excluded.phone, excluded.email, excluded.address)
    returning (xmax = 0) as inserted
)

select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
from upserted;
