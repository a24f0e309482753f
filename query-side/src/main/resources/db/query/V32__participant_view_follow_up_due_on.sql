-- ParticipantExited revision 2 carries the day the follow-up falls due, and the view shows it under
-- exit. Views written before it get the day revision 1 exits were scheduled for: six months after
-- exit (PostgreSQL, like java.time, ends on the month's last day when that month is shorter).
UPDATE participant_view
SET view = jsonb_set(
        view,
        '{exit,followUpDueOn}',
        to_jsonb(to_char((view #>> '{exit,exitDate}')::date + interval '6 months', 'YYYY-MM-DD')))
WHERE jsonb_typeof(view -> 'exit') = 'object';
