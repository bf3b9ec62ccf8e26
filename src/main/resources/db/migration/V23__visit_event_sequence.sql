-- A batch or an 835 writes thousands of visit history rows in one transaction: ids from a sequence
-- handed out 50 at a time let Hibernate send them in JDBC batches (an identity column costs a round
-- trip per row). Ids from two servers' blocks do not follow time, so a visit's history is read in
-- the order of occurred_at, then id.
create sequence visit_event_seq start with 1 increment by 50;
create index visit_event_visit_time_idx on visit_event (visit_id, occurred_at, id);
drop index visit_event_visit_idx;
