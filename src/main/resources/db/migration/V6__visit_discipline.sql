-- The plan of care's discipline (PT, OT, SLP) belongs to the visit: GP/GO/GN follow it, not the
-- clinician's licence (billing-rules.md section 4). Existing visits take their clinician's.
alter table visit add column discipline varchar(3);
update visit set discipline = (select c.discipline from clinician c where c.id = visit.clinician_id);
