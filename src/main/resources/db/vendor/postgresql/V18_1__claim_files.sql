-- A batch's 837P as it was written (downloads give the same bytes every time), kept apart from the
-- batch row so lists of batches never read the files; a claim's history is append-only like a visit's.
create table claim_batch_file (
  batch_id bigint primary key references claim_batch (id),
  x12 text not null
);

create function claim_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'claim_event rows are an audit trail and cannot be changed or deleted';
end
$$;

create trigger claim_event_no_change before update or delete on claim_event
  for each row execute function claim_event_append_only();
