-- Hibernate's pooled ids take the block that ends at the value the sequence returns, so each
-- sequence restarts 50 past its table's highest id: the first block then begins after every row
-- written before (a development database keeps its rows between runs).
alter sequence visit_event_seq restart with (select coalesce(max(id), 0) + 50 from visit_event);
alter sequence claim_seq restart with (select coalesce(max(id), 0) + 50 from claim);
alter sequence claim_line_seq restart with (select coalesce(max(id), 0) + 50 from claim_line);
alter sequence claim_event_seq restart with (select coalesce(max(id), 0) + 50 from claim_event);
alter sequence claim_adjustment_seq restart with (select coalesce(max(id), 0) + 50 from claim_adjustment);
