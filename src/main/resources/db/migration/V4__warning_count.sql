-- All warnings of a visit, acknowledged or not: what a supervisor checks before approving, and what
-- keeps a visit out of bulk approval.
alter table visit add column warning_count integer not null default 0;
update visit set warning_count = open_warning_count + (select count(*) from finding_ack a where a.visit_id = visit.id);
