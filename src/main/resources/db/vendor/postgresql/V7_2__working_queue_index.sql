-- The review queue opens on the coder's working set (submitted, in review, rejected), oldest date
-- of service first. A partial index in exactly that order lets PostgreSQL read the first page's 25
-- rows and stop, instead of joining and sorting the whole working set (15 ms → under 1 ms at
-- 100,000 visits). A queue filtered to one state walks visit_queue_idx (status, date, id) instead.
create index visit_working_idx on visit (date_of_service, id)
  where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
