-- Corrected and void claims (issue 10): a billed visit can go through review again to correct its
-- claim (the payer gets a replacement, frequency 7) or to cancel it (a void, frequency 8). Both
-- quote the payer's claim control number of the claim they supersede (REF*F8).
alter table visit add column resubmission varchar(12);
alter table claim add column replaces_claim_id bigint references claim (id);
alter table claim add column original_claim_number varchar(50);
alter table claim add constraint claim_resubmission_ck
  check ((frequency = '1') = (replaces_claim_id is null) and (frequency = '1') = (original_claim_number is null));

-- Secondary claims: which of the patient's insurances a claim bills (P primary, S secondary, T
-- tertiary). A secondary claim goes out once the primary's 835 is posted and reports what the
-- primary paid and adjusted (loops 2320/2430).
alter table claim add column payer_sequence char(1) not null default 'P';
alter table claim add constraint claim_payer_sequence_ck check (payer_sequence in ('P', 'S', 'T'));
