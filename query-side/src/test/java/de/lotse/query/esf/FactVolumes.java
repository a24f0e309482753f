package de.lotse.query.esf;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many participants' facts written straight into {@code esf_fact} by the database itself, for the
 * report's speed test: writing them one event at a time through the projection would only measure
 * the inserts. Each participant enters in 2026, has a stage, two situations, a qualification, an
 * exit, a follow-up and a correction: eight facts.
 */
final class FactVolumes {

    private FactVolumes() {}

    static void insert(DataSource dataSource, int participants) {
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO esf_fact (participant_id, sequence, recorded_at, kind, fact_date, gender, age_at_entry,
                                      labour_status, isced, third_country, foreign_background, disability,
                                      minority, homeless, rural)
                SELECT md5(i::text)::uuid, 0, timestamptz '2027-01-01 12:00+00', 'ENROLLED',
                       date '2026-01-01' + i % 180, (ARRAY['FEMALE', 'MALE', 'NON_BINARY'])[1 + i % 3], 16 + i % 50,
                       (ARRAY['UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'EMPLOYED',
                              'SELF_EMPLOYED'])[1 + i % 5],
                       i % 9, i % 4 = 0, 'YES', 'NO', 'DECLINED', 'NO', i % 2 = 0
                FROM generate_series(1, :participants) AS i""").param("participants", participants).update();
        jdbc.sql("""
                INSERT INTO esf_fact (participant_id, sequence, recorded_at, kind, fact_date, stage)
                SELECT md5(i::text)::uuid, 1, timestamptz '2027-01-01 12:00+00', 'STAGE_STARTED',
                       date '2026-01-01' + i % 180, 'COACHING'
                FROM generate_series(1, :participants) AS i""").param("participants", participants).update();
        jdbc.sql("""
                INSERT INTO esf_fact (participant_id, sequence, recorded_at, kind, fact_date, situation)
                SELECT md5(i::text)::uuid, s, timestamptz '2027-01-01 12:00+00', 'SITUATION',
                       date '2026-03-01' + i % 180 + s * 10, (ARRAY['JOB_SEARCHING', 'EMPLOYED'])[s - 1]
                FROM generate_series(1, :participants) AS i, generate_series(2, 3) AS s""").param("participants", participants).update();
        jdbc.sql("""
                INSERT INTO esf_fact (participant_id, sequence, recorded_at, kind, fact_date, certificate, exit_reason,
                                      situation, better_situation, field, value, age_at_entry, qualification_kind)
                SELECT md5(i::text)::uuid, f.sequence, timestamptz '2027-01-01 12:00+00', f.kind,
                       date '2026-03-01' + i % 180 + f.days, f.certificate, f.exit_reason, f.situation, f.better,
                       f.field, f.value, f.age, CASE WHEN f.kind = 'QUALIFICATION' THEN 'VOCATIONAL' END
                FROM generate_series(1, :participants) AS i,
                     (VALUES (4, 'QUALIFICATION', 5, 'MODULE', NULL, NULL, NULL, NULL, NULL, NULL),
                             (5, 'EXITED', 20, NULL, 'COMPLETED', NULL, NULL, NULL, NULL, NULL),
                             (6, 'FOLLOW_UP', 200, NULL, NULL, 'EMPLOYED', true, NULL, NULL, NULL),
                             (7, 'CORRECTED', 0, NULL, NULL, NULL, NULL, 'RURAL', 'true', 40))
                       AS f(sequence, kind, days, certificate, exit_reason, situation, better, field, value, age)""").param("participants", participants).update();
    }
}
