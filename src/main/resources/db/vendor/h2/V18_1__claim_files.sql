-- A batch's 837P as it was written (downloads give the same bytes every time), kept apart from the
-- batch row so lists of batches never read the files.
create table claim_batch_file (
  batch_id bigint primary key references claim_batch (id),
  x12 varchar not null
);
