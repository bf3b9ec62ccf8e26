-- A patient's history is append-only like a visit's (V3_1).
create function patient_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'patient_event rows are an audit trail and cannot be changed or deleted';
end
$$;

create trigger patient_event_no_change before update or delete on patient_event
  for each row execute function patient_event_append_only();
