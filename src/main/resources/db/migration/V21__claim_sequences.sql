-- Claims, their lines, events and adjustments are written by the thousand (a batch, an 835): ids
-- from sequences handed out 50 at a time let Hibernate send the inserts in JDBC batches, which an
-- identity column (one round trip per row) does not.
create sequence claim_seq start with 1 increment by 50;
create sequence claim_line_seq start with 1 increment by 50;
create sequence claim_event_seq start with 1 increment by 50;
create sequence claim_adjustment_seq start with 1 increment by 50;
