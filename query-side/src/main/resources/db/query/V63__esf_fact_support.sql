-- Support beyond the stages reaches the pseudonymised export as kinds only: the kind of each
-- qualification, the area of each referral and the kind of each mobility support, with their dates;
-- never a provider's note, a reason or a region. Qualifications stored before kinds existed were
-- all vocational (QualificationRecorded revision 1).
ALTER TABLE esf_fact DROP CONSTRAINT esf_fact_kind_check;
ALTER TABLE esf_fact ADD CONSTRAINT esf_fact_kind_check CHECK (kind IN ('ENROLLED', 'CORRECTED', 'STAGE_STARTED',
    'STAGE_ENDED', 'QUALIFICATION', 'SITUATION', 'EXITED', 'FOLLOW_UP', 'REFERRAL', 'MOBILITY'));
ALTER TABLE esf_fact ADD COLUMN qualification_kind text NULL;
ALTER TABLE esf_fact ADD COLUMN referral_area text NULL;
ALTER TABLE esf_fact ADD COLUMN mobility_kind text NULL;
UPDATE esf_fact SET qualification_kind = 'VOCATIONAL' WHERE kind = 'QUALIFICATION';
