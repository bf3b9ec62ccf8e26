-- The plans behind the busiest lists, as the portal's queries ask them (VisitQueries, ReferenceData,
-- DashboardFigures). Run against a seeded database:
--   psql -h 127.0.0.1 -U postgres -d quarterhour_test -f src/test/resources/load/explain-lists.sql

\echo '== Review queue, default page: working set, oldest date of service first'
explain (analyze, costs off) select v.id, p.last_name, p.first_name, p.mrn, c.display_name, y.name, v.date_of_service, v.status
  from visit v join patient p on p.id = v.patient_id join clinician c on c.id = v.clinician_id join payer y on y.id = v.payer_id
  left join clinician h on h.id = v.claimed_by_id
  where v.status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED') order by v.date_of_service, v.id limit 25;
\echo '== Review queue, its count'
explain (analyze, costs off) select count(*) from visit v where v.status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');

\echo '== Approval list: coded visits, oldest first'
explain (analyze, costs off) select v.id, p.last_name, p.first_name, p.mrn, c.display_name, y.name, v.date_of_service, v.warning_count
  from visit v join patient p on p.id = v.patient_id join clinician c on c.id = v.clinician_id join payer y on y.id = v.payer_id
  left join clinician h on h.id = v.claimed_by_id
  where v.status = 'CODED' order by v.date_of_service, v.id limit 25;
\echo '== Approval list, its count'
explain (analyze, costs off) select count(*) from visit v where v.status = 'CODED';

\echo '== My visits: one therapist, newest first'
explain (analyze, costs off) select v.id, v.date_of_service, v.status from visit v
  where v.clinician_id = (select id from clinician where username = 'load-therapist01')
  order by v.date_of_service desc, v.id desc limit 25;

\echo '== Patient search by part of a name or MRN ("ngu")'
explain (analyze, costs off) select p.id, p.last_name, p.first_name, p.mrn from patient p
  where (lower(p.last_name) like '%ngu%' and lower(p.first_name) like '%') or lower(p.first_name) like '%ngu%' or lower(p.mrn) like '%ngu%'
  order by p.last_name, p.first_name, p.mrn limit 20;
\echo '== Patient search by part of an MRN ("00042")'
explain (analyze, costs off) select p.id, p.last_name, p.first_name, p.mrn from patient p
  where (lower(p.last_name) like '%00042%' and lower(p.first_name) like '%') or lower(p.first_name) like '%00042%' or lower(p.mrn) like '%00042%'
  order by p.last_name, p.first_name, p.mrn limit 20;

\echo '== Dashboard: visits by state, from the day figures kept up to date (folded rows + changes since)'
explain (analyze, costs off) select f.status, sum(f.visits) from (select date_of_service, clinician_id, status, visits, units from visit_day_figures
  union all select date_of_service, clinician_id, status, visits, units from visit_figure_change) f group by f.status;
\echo '== Dashboard: queue age in one query'
explain (analyze, costs off) select sum(case when v.submitted_at <= now() - interval '0 days' and v.submitted_at > now() - interval '2 days' then 1 else 0 end),
  sum(case when v.submitted_at <= now() - interval '15 days' then 1 else 0 end)
  from visit v where v.status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED');
\echo '== Dashboard: top findings this month'
explain (analyze, costs off) select f.finding_id, count(*) from visit v join visit_finding f on f.visit_id = v.id
  where v.date_of_service >= date_trunc('month', current_date) group by f.finding_id order by count(*) desc limit 10;
\echo '== Dashboard: units per visit by therapist, last 90 days, from the day figures'
explain (analyze, costs off) select c.display_name, sum(f.units), sum(f.visits) from (select date_of_service, clinician_id, status, visits, units
  from visit_day_figures union all select date_of_service, clinician_id, status, visits, units from visit_figure_change) f
  join clinician c on c.id = f.clinician_id where f.status <> 'DRAFT' and f.date_of_service >= current_date - 90
  group by c.display_name having sum(f.visits) > 0;
\echo '== History of one visit, a page'
explain (analyze, costs off) select e.* from visit_event e where e.visit_id = (select max(visit_id) from visit_event) order by e.id limit 25;
