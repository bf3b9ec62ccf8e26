-- The clinic's charge master starts as a sample: 1.6 x the Medicare 2026 allowed amount per unit,
-- rounded up to the dollar (a common starting point for a therapy clinic's chargemaster). The
-- admin replaces each charge on the admin page; a claim carries the charge of its line's code.
insert into charge_master (code, charge_per_unit)
select e.code, ceiling(e.allowed_per_unit * 1.6)
from fee_schedule_entry e join fee_schedule s on s.id = e.schedule_id
where s.name = 'Medicare PFS 2026 (national)' and e.effective_from = date '2026-01-01';
