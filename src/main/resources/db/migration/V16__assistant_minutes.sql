-- Assistants (issue 9): a visit names the assistant (PTA, COTA) who took part and the therapist
-- who supervised; each line keeps how many of its minutes the assistant furnished alone and how
-- many the two furnished together (the rest are the therapist's alone). ASSISTANT_MODIFIER_REQUIRED
-- decides from them (billing-rules.md §2.4, §3.3).
alter table visit add column assistant_id bigint references clinician (id);
alter table visit add column supervising_therapist_id bigint references clinician (id);
alter table service_line add column assistant_minutes integer not null default 0;
alter table service_line add column together_minutes integer not null default 0;
alter table service_line add constraint service_line_split_ck check (assistant_minutes >= 0 and together_minutes >= 0);
