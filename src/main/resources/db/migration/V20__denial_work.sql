-- The denial queue (issue 10): a denied line stays in the queue until a coder says what was done
-- about it (corrected and rebilled, appealed, written off, billed to the patient) and why.
alter table claim_line add column denial_resolution varchar(20);
alter table claim_line add column denial_note varchar(500);
alter table claim_line add column denial_worked_at timestamp;
alter table claim_line add column denial_worked_by_name varchar(160);
create index claim_batch_created_idx on claim_batch (created_at);
create index remittance_posted_idx on remittance (posted_at);
