-- "My visits" lists a therapist's visits newest first, a page at a time: (clinician, date, id)
-- walks one index backwards and stops after the page.
create index visit_clinician_list_idx on visit (clinician_id, date_of_service, id);
drop index if exists visit_clinician_idx;
