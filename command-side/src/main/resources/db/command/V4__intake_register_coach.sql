-- Whose caseload each registered participant is in, so that a duplicate intake names the existing
-- participant only to a caller who may read them. Rows from before stay without a coach: their id is
-- then named only to those who see every participant.
ALTER TABLE intake_register ADD COLUMN coach varchar(100);
