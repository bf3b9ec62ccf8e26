-- The development database counts the dashboard's figures from the visits on each request (a
-- demo clinic has a few hundred); PostgreSQL keeps them up to date (vendor/postgresql/V8).
-- The same two names, so that the dashboard reads both databases with the same query.
create view visit_day_figures as
select date_of_service, clinician_id, status, count(*) as visits, sum(total_units) as units
from visit group by date_of_service, clinician_id, status;

create table visit_figure_change (
  id bigint generated always as identity primary key,
  date_of_service date not null,
  clinician_id bigint not null,
  status varchar(20) not null,
  visits integer not null,
  units integer not null
);
