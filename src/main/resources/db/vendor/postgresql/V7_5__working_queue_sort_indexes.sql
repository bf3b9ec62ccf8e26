-- The visit's own columns coders sort the working queue by most (units, days waiting), each in a
-- small partial index, so that a sorted first page reads 25 index entries and stops (either
-- direction). They carry the join columns too: a filtered count the planner answers from one of
-- them stays an index-only scan.
create index visit_working_units_idx on visit (total_units, id) include (patient_id, payer_id, clinician_id)
  where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
create index visit_working_submitted_idx on visit (submitted_at, id) include (patient_id, payer_id, clinician_id)
  where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
