-- Treating clinicians carry what they are licensed as and their NPI (a claim names the rendering
-- provider by NPI); an NPI belongs to one person.
alter table clinician add column credential varchar(4);
alter table clinician add column npi varchar(10);
create unique index clinician_npi_uq on clinician (npi);
