-- QualificationRecorded revision 2 carries the kind of qualification, and the view shows it. Views
-- written before it get the kind revision 1 qualifications are read as: VOCATIONAL.
UPDATE participant_view
SET view = jsonb_set(
        view,
        '{qualifications}',
        (SELECT jsonb_agg('{"kind": "VOCATIONAL"}'::jsonb || qualification ORDER BY position)
           FROM jsonb_array_elements(view -> 'qualifications') WITH ORDINALITY AS q(qualification, position)))
WHERE jsonb_typeof(view -> 'qualifications') = 'array' AND jsonb_array_length(view -> 'qualifications') > 0;
