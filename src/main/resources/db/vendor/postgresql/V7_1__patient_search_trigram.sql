-- Patient search finds part of a name or MRN anywhere ("ortiz", "0042"): trigram indexes serve
-- lower(column) LIKE '%text%' without reading every patient. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index patient_last_name_trgm_idx on patient using gin (lower(last_name) gin_trgm_ops);
create index patient_first_name_trgm_idx on patient using gin (lower(first_name) gin_trgm_ops);
create index patient_mrn_trgm_idx on patient using gin (lower(mrn) gin_trgm_ops);
