package vn.ct20.report.bench;

import jakarta.persistence.EntityManager;

/**
 * A reporting season's leftovers written in bulk for the benchmarks: a country of 63 provinces and
 * 693 districts, and communes {@code BX00000 …}, each with an accepted yearly report for 2023 and
 * 2024 (workers sent in all, by market and by sex, workers trained, one task's progress, and
 * difficulties in one report of ten); a national plan with six targets, two of them per commune.
 */
final class BenchReports {
    static final String PLAN = "6a5e0c1e-0000-4000-8000-000000000001";
    static final String TASK = "6a5e0c1e-0000-4000-8000-000000000002";
    static final String REGIME = "6a5e0c1e-0000-4000-8000-000000000003";

    private BenchReports() {
    }

    /** Writes communes {@code first} to {@code first + count - 1} and their reports, in the caller's transaction. */
    static void write(EntityManager entityManager, int first, int count) {
        if (first == 0) {
            country(entityManager);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO unit_replica (code, valid_from, name, kind, parent_code, version)
                        SELECT 'BX' || lpad(i::text, 5, '0'), DATE '2000-01-01', 'Xã ' || i, 'COMMUNE',
                               'BQ' || lpad((i % 63 + 1)::text, 2, '0') || '-D' || lpad((i / 63 % 11 + 1)::text, 2, '0'), 1
                          FROM generate_series(:first, :last) AS i""")
                .setParameter("first", first).setParameter("last", first + count - 1).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO obligation (id, regime_id, plan_id, unit_code, period_id, cut_off_from, cut_off_to, due_date, consolidating_unit_code)
                        SELECT md5('o' || i || y)::uuid, CAST(:regime AS uuid), CAST(:plan AS uuid), 'BX' || lpad(i::text, 5, '0'), y::text,
                               make_date(y - 1, 12, 15), make_date(y, 12, 14), make_date(y, 12, 21), 'VN'
                          FROM generate_series(:first, :last) AS i, (VALUES (2023), (2024)) AS years(y)""")
                .setParameter("regime", REGIME).setParameter("plan", PLAN)
                .setParameter("first", first).setParameter("last", first + count - 1).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO report (id, obligation_id, unit_code, status, revision, first_submitted_on)
                        SELECT md5('r' || o.id::text)::uuid, o.id, o.unit_code, 'ACCEPTED', 1, o.due_date - 3
                          FROM obligation o WHERE o.plan_id = CAST(:plan AS uuid)
                           AND NOT EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)""")
                .setParameter("plan", PLAN).executeUpdate();
        // the figures: a commune sends 0 to 11 workers a year (so some fall short of 4), half to Japan, a quarter to Korea
        entityManager.createNativeQuery("""
                        CREATE TEMPORARY TABLE bench_figures ON COMMIT DROP AS
                        SELECT r.id AS report_id, md5('v' || r.id::text)::uuid AS revision_id, o.period_id,
                               (get_byte(decode(md5(r.id::text), 'hex'), 0) % 12) AS sent,
                               (get_byte(decode(md5(r.id::text), 'hex'), 1) % 30) AS trained,
                               get_byte(decode(md5(r.id::text), 'hex'), 2) % 10 = 0 AS has_difficulties
                          FROM report r JOIN obligation o ON o.id = r.obligation_id
                         WHERE o.plan_id = CAST(:plan AS uuid) AND NOT EXISTS (SELECT 1 FROM report_revision rv WHERE rv.report_id = r.id)""")
                .setParameter("plan", PLAN).executeUpdate();
        entityManager.createNativeQuery("""
                        CREATE TEMPORARY TABLE bench_values ON COMMIT DROP AS
                        SELECT f.revision_id, v.indicator, v.key, v.breakdown, v.value
                          FROM bench_figures f, LATERAL (VALUES
                               ('WORKERS_SENT', '', '{}'::jsonb, f.sent),
                               ('WORKERS_SENT', 'market=JP', '{"market":"JP"}'::jsonb, f.sent / 2),
                               ('WORKERS_SENT', 'market=KR', '{"market":"KR"}'::jsonb, f.sent / 4),
                               ('WORKERS_SENT', 'market=TW', '{"market":"TW"}'::jsonb, f.sent - f.sent / 2 - f.sent / 4),
                               ('WORKERS_SENT', 'sex=MALE', '{"sex":"MALE"}'::jsonb, f.sent * 2 / 3),
                               ('WORKERS_SENT', 'sex=FEMALE', '{"sex":"FEMALE"}'::jsonb, f.sent - f.sent * 2 / 3),
                               ('WORKERS_TRAINED', '', '{}'::jsonb, f.trained)) AS v(indicator, key, breakdown, value)""")
                .executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO report_revision (id, report_id, revision, status, content, created_by, submitted_on, submitted_at, submitted_by,
                                                     reviewed_at, reviewed_by)
                        SELECT f.revision_id, f.report_id, 1, 'ACCEPTED',
                               jsonb_build_object(
                                 'taskProgress', jsonb_build_array(jsonb_build_object('taskId', CAST(:task AS text), 'status', 'IN_PROGRESS',
                                     'narrative', 'Đã tổ chức hội nghị tư vấn tại xã; rà soát lao động có nhu cầu.')),
                                 'values', (SELECT jsonb_agg(CASE WHEN v.key = '' THEN jsonb_build_object('indicatorCode', v.indicator, 'value', v.value)
                                                             ELSE jsonb_build_object('indicatorCode', v.indicator, 'breakdown', v.breakdown, 'value', v.value) END)
                                              FROM bench_values v WHERE v.revision_id = f.revision_id),
                                 'difficulties', CASE WHEN f.has_difficulties THEN 'Nhiều lao động chưa đáp ứng yêu cầu ngoại ngữ.' END,
                                 'proposals', NULL),
                               'bench', make_date(f.period_id::int, 12, 10), now(), 'bench', now(), 'bench'
                          FROM bench_figures f""")
                .setParameter("task", TASK).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO report_value (revision_id, indicator_code, breakdown_key, breakdown, value)
                        SELECT revision_id, indicator, key, breakdown, value FROM bench_values""").executeUpdate();
    }

    private static void country(EntityManager entityManager) {
        entityManager.createNativeQuery("""
                        INSERT INTO unit_replica (code, valid_from, name, kind, parent_code, version)
                        VALUES ('VN', DATE '2000-01-01', 'Việt Nam', 'COUNTRY', NULL, 1) ON CONFLICT DO NOTHING""").executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO unit_replica (code, valid_from, name, kind, parent_code, version)
                        SELECT 'BQ' || lpad(p::text, 2, '0'), DATE '2000-01-01', 'Tỉnh ' || p, 'PROVINCE', 'VN', 1 FROM generate_series(1, 63) AS p
                        UNION ALL
                        SELECT 'BQ' || lpad(p::text, 2, '0') || '-D' || lpad(d::text, 2, '0'), DATE '2000-01-01', 'Huyện ' || p || '.' || d, 'DISTRICT',
                               'BQ' || lpad(p::text, 2, '0'), 1
                          FROM generate_series(1, 63) AS p, generate_series(1, 11) AS d""").executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO plan_replica (plan_id, number, kind, title, issuing_unit_code, area_unit_code, issue_date, period_from, period_to,
                                                  status, parent_ids, version)
                        VALUES (CAST(:plan AS uuid), 'BENCH/KH', 'PLAN', 'Kế hoạch quốc gia (benchmark)', 'VN', 'VN', DATE '2023-01-01', 2023, 2030,
                                'ISSUED', '{}', 1)""").setParameter("plan", PLAN).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO task_replica (task_id, plan_id, number, title, section, coordinating_unit_codes, status, progress_percent)
                        VALUES (CAST(:task AS uuid), CAST(:plan AS uuid), '1', 'Tuyên truyền, tư vấn về đi làm việc ở nước ngoài', false, '{}',
                                'IN_PROGRESS', 0)""").setParameter("task", TASK).setParameter("plan", PLAN).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO target_replica (target_id, plan_id, label, indicator_code, measure, comparator, value, scope, sub_unit_kind,
                                                    market_scope, market_code, time_basis, from_year, to_year)
                        SELECT md5('t' || label)::uuid, CAST(:plan AS uuid), label, 'WORKERS_SENT', measure, 'GTE', value, scope, kind,
                               market_scope, market, basis, 2023, 2030
                          FROM (VALUES ('TONG', 'TOTAL', 50000, 'PLAN_AREA', NULL, 'ALL', NULL, 'EACH_YEAR'),
                                       ('NHAT', 'TOTAL', 20000, 'PLAN_AREA', NULL, 'MARKET', 'JP', 'EACH_YEAR'),
                                       ('NGOAI_NHAT', 'TOTAL', 25000, 'PLAN_AREA', NULL, 'ALL_EXCEPT_MARKET', 'JP', 'EACH_YEAR'),
                                       ('TY_LE_HAN', 'SHARE_PERCENT', 20, 'PLAN_AREA', NULL, 'MARKET', 'KR', 'EACH_YEAR'),
                                       ('MOI_XA_4', 'TOTAL', 4, 'EACH_SUB_UNIT', 'COMMUNE', 'ALL', NULL, 'EACH_YEAR'),
                                       ('MOI_XA_TB_4', 'TOTAL', 4, 'EACH_SUB_UNIT', 'COMMUNE', 'ALL', NULL, 'YEARLY_AVERAGE'))
                               AS t(label, measure, value, scope, kind, market_scope, market, basis)""")
                .setParameter("plan", PLAN).executeUpdate();
    }
}
