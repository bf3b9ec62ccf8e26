-- The audit trail is append-only in production: not even a bug in the application (or a
-- hand-written UPDATE) can rewrite who changed what.
create function visit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'visit_event rows are an audit trail and cannot be changed or deleted';
end
$$;

create trigger visit_event_no_change before update or delete on visit_event
  for each row execute function visit_event_append_only();
