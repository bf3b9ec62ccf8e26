-- The dashboard's counts kept up to date instead of counted from a million visits on each request.
-- Every change of a visit's date, therapist, state or units appends its difference to
-- visit_figure_change (appends never wait for each other, so saves do not queue behind a hot
-- counter row); visit_figures_compact() folds the appended differences into visit_day_figures,
-- once a minute and after a bulk load. A figure is the folded rows plus the few not yet folded.
create table visit_day_figures (
  date_of_service date not null,
  clinician_id bigint not null,
  status varchar(20) not null,
  visits bigint not null,
  units bigint not null,
  primary key (date_of_service, clinician_id, status)
);

create table visit_figure_change (
  id bigint generated always as identity primary key,
  date_of_service date not null,
  clinician_id bigint not null,
  status varchar(20) not null,
  visits integer not null,
  units integer not null
);

create function visit_figures_track() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    insert into visit_figure_change (date_of_service, clinician_id, status, visits, units)
    values (old.date_of_service, old.clinician_id, old.status, -1, -old.total_units);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into visit_figure_change (date_of_service, clinician_id, status, visits, units)
    values (new.date_of_service, new.clinician_id, new.status, 1, new.total_units);
  end if;
  return null;
end
$$;

create trigger visit_figures_added_or_removed after insert or delete on visit
  for each row execute function visit_figures_track();
-- Hibernate writes every column on an update: only a change of a counted column counts.
create trigger visit_figures_changed after update on visit
  for each row when (old.date_of_service is distinct from new.date_of_service or old.clinician_id is distinct from new.clinician_id
                     or old.status is distinct from new.status or old.total_units is distinct from new.total_units)
  execute function visit_figures_track();

-- Folds the appended differences into the day figures; returns how many were folded. Rows are
-- written in key order, so two servers folding at once wait for each other instead of deadlocking.
create function visit_figures_compact() returns bigint language sql as $$
  with moved as (
    delete from visit_figure_change returning date_of_service, clinician_id, status, visits, units
  ), summed as (
    select date_of_service, clinician_id, status, sum(visits) as visits, sum(units) as units, count(*) as changes
    from moved group by date_of_service, clinician_id, status
  ), folded as (
    insert into visit_day_figures as f (date_of_service, clinician_id, status, visits, units)
    select date_of_service, clinician_id, status, visits, units from summed order by date_of_service, clinician_id, status
    on conflict (date_of_service, clinician_id, status)
      do update set visits = f.visits + excluded.visits, units = f.units + excluded.units
  )
  select coalesce(sum(changes), 0)::bigint from summed
$$;

insert into visit_day_figures (date_of_service, clinician_id, status, visits, units)
select date_of_service, clinician_id, status, count(*), sum(total_units) from visit group by date_of_service, clinician_id, status;

-- The units-per-visit chart now reads the day figures; its index on the visits only slowed saves.
drop index if exists visit_dos_figures_idx;
