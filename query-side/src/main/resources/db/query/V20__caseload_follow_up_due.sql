-- Whether the six-month follow-up is due now comes from the participant's events: set when the
-- command side's deadline records FollowUpBecameDue, cleared by any recorded follow-up. It is no
-- longer computed from the exit date and today's date at query time.
ALTER TABLE caseload ADD COLUMN follow_up_due boolean NOT NULL DEFAULT false;

CREATE INDEX caseload_follow_up_due ON caseload (entry_date DESC, display_name, participant_id)
    WHERE follow_up_due;
