-- Medilink schema, revision 0006: a complete API access audit.

-- status: the HTTP status answered (401, 403, 404 for denied requests); source_address and
-- user_agent: where the request came from (the address after API_PROXY_HOPS trusted proxies);
-- client_request_id: an X-Request-ID the caller sent, kept apart from the server's request_id;
-- upload_id: the upload a 'create' on uploads stored; subject: what a CLI action changed (a client id).
alter table api.access_audit
    add column status            smallint not null default 200,
    add column source_address    inet,
    add column user_agent        text,
    add column client_request_id text,
    add column upload_id         uuid,
    add column subject           text;

alter table api.access_audit drop constraint access_audit_action_check;
alter table api.access_audit add constraint access_audit_action_check
    check (action in ('list', 'read', 'create', 'update', 'export', 'denied', 'client_create', 'client_revoke'));

-- "what was refused, to whom?"
create index access_audit_denied_idx on api.access_audit (at) where status >= 400;
create index access_audit_upload_idx on api.access_audit (upload_id) where upload_id is not null;

-- Every change to a client (revocation above all) is announced to the API workers, which empty that
-- client's cached row at once (backend/client_cache.py); an empty payload (TRUNCATE) empties them all.
create function api.notify_client_change() returns trigger
language plpgsql as $$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('medilink_clients', '');
    elsif tg_op = 'DELETE' then
        perform pg_notify('medilink_clients', old.client_id);
    else
        perform pg_notify('medilink_clients', new.client_id);
    end if;
    return null;
end;
$$;

create trigger clients_notify_change
    after insert or update or delete on api.clients
    for each row execute function api.notify_client_change();
create trigger clients_notify_truncate
    after truncate on api.clients
    for each statement execute function api.notify_client_change();
