-- The columns of the visit itself that coders sort the working queue by, each in its own small
-- partial index, so that a sorted first page reads 25 index entries and stops (either direction).
create index visit_working_units_idx on visit (total_units, id) where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
create index visit_working_submitted_idx on visit (submitted_at, id) where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
create index visit_working_errors_idx on visit (error_count, id) where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
create index visit_working_id_idx on visit (id) where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
