-- Which findings the engine last reported on each visit, for the dashboards' "top findings".
-- Kept in step on every save, like the counts on visit.
create table visit_finding (
  visit_id bigint not null references visit (id) on delete cascade,
  finding_id varchar(40) not null,
  constraint visit_finding_pk primary key (visit_id, finding_id)
);
create index visit_finding_id_idx on visit_finding (finding_id, visit_id);
