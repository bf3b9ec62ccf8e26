-- Who holds, coded and approved a visit, and the words that travel with a return or a rejection.
alter table visit add column claimed_by_id bigint references clinician (id);
alter table visit add column coded_by_id bigint references clinician (id);
alter table visit add column approved_by_id bigint references clinician (id);
alter table visit add column return_question varchar(1000);
alter table visit add column reject_reason varchar(1000);
