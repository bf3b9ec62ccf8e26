-- Hibernate's pooled ids take the block that ends at the value the sequence returns, so each
-- sequence restarts 50 past its table's highest id: the first block then begins after every row
-- written before (through the identity columns, or before this fix).
select setval('visit_event_seq', (select coalesce(max(id), 0) + 50 from visit_event), false);
select setval('claim_seq', (select coalesce(max(id), 0) + 50 from claim), false);
select setval('claim_line_seq', (select coalesce(max(id), 0) + 50 from claim_line), false);
select setval('claim_event_seq', (select coalesce(max(id), 0) + 50 from claim_event), false);
select setval('claim_adjustment_seq', (select coalesce(max(id), 0) + 50 from claim_adjustment), false);
