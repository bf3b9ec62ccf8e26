-- The sequences start after any rows written before them (through the identity columns).
select setval('claim_seq', (select coalesce(max(id), 0) + 1 from claim), false);
select setval('claim_line_seq', (select coalesce(max(id), 0) + 1 from claim_line), false);
select setval('claim_event_seq', (select coalesce(max(id), 0) + 1 from claim_event), false);
select setval('claim_adjustment_seq', (select coalesce(max(id), 0) + 1 from claim_adjustment), false);
