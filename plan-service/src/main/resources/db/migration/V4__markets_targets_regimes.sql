-- Destinations of workers: ISO 3166-1 countries and territories (loaded from the JDK's CLDR data
-- at start-up), sub-national destinations a plan names, and groups of markets with validity.
CREATE TABLE market (
    code         varchar(40) PRIMARY KEY,   -- ISO alpha-2 (JP) or a sub-national code (CN-GX-CHONGZUO)
    name_vi      varchar(200) NOT NULL,
    name_en      varchar(200) NOT NULL,
    kind         varchar(20) NOT NULL CHECK (kind IN ('COUNTRY', 'SUBNATIONAL')),
    parent_code  varchar(40) REFERENCES market (code)
);

CREATE TABLE market_group (
    code        varchar(60) PRIMARY KEY,
    name_vi     varchar(300) NOT NULL,
    name_en     varchar(300) NOT NULL,
    valid_from  date,
    valid_to    date,
    defined_by  varchar(300)               -- where the group comes from, e.g. a plan
);

CREATE TABLE market_group_member (
    group_code   varchar(60) NOT NULL REFERENCES market_group (code) ON DELETE CASCADE,
    market_code  varchar(40) NOT NULL REFERENCES market (code),
    PRIMARY KEY (group_code, market_code)
);

-- Indicators that targets and reports measure.
CREATE TABLE indicator (
    code             varchar(60) PRIMARY KEY,
    name_vi          varchar(300) NOT NULL,
    name_en          varchar(300) NOT NULL,
    unit_of_measure  varchar(20) NOT NULL,
    whole_number     boolean NOT NULL      -- values are non-negative integers (persons, sessions, VND)
);
INSERT INTO indicator (code, name_vi, name_en, unit_of_measure, whole_number) VALUES
 ('WORKERS_SENT', 'Số lao động đi làm việc ở nước ngoài theo hợp đồng', 'Workers sent abroad under contract', 'PERSONS', true),
 ('WORKERS_RETURNED', 'Số lao động về nước', 'Workers returned', 'PERSONS', true),
 ('OUTREACH_SESSIONS', 'Số lượt tuyên truyền, tư vấn', 'Outreach and counselling sessions', 'SESSIONS', true),
 ('WORKERS_TRAINED', 'Số lao động được đào tạo nghề, ngoại ngữ trước khi đi', 'Workers trained before departure', 'PERSONS', true),
 ('BORROWERS', 'Số người vay vốn đi làm việc ở nước ngoài', 'Borrowers of loans to work abroad', 'PERSONS', true),
 ('LOANS_DISBURSED', 'Số tiền cho vay đã giải ngân', 'Loan amount disbursed', 'VND', true);

-- Measurable targets of a plan (chỉ tiêu).
CREATE TABLE plan_target (
    id                  uuid PRIMARY KEY,
    plan_id             uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    label               varchar(1000) NOT NULL,      -- the target as the plan words it
    indicator_code      varchar(60) NOT NULL REFERENCES indicator (code),
    measure             varchar(20) NOT NULL,        -- TOTAL, SHARE_PERCENT, GROWTH_PERCENT
    comparator          varchar(10) NOT NULL,        -- GTE, GT, LTE, LT, RANGE
    value               numeric(20, 4) NOT NULL,
    value_to            numeric(20, 4),
    scope               varchar(20) NOT NULL,        -- PLAN_AREA, EACH_SUB_UNIT
    sub_unit_kind       varchar(40),                 -- with EACH_SUB_UNIT: COMMUNE, VILLAGE, …
    market_scope        varchar(30) NOT NULL,        -- ALL, MARKET, MARKET_GROUP, ALL_EXCEPT_MARKET
    market_code         varchar(40) REFERENCES market (code),
    market_group_code   varchar(60) REFERENCES market_group (code),
    time_basis          varchar(20) NOT NULL,        -- EACH_YEAR, YEARLY_AVERAGE, BY_YEAR
    from_year           integer,
    to_year             integer,
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX plan_target_plan ON plan_target (plan_id);

-- Reporting regimes (chế độ báo cáo): who reports to whom, how often, by when.
CREATE TABLE reporting_regime (
    id                       uuid PRIMARY KEY,
    plan_id                  uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    frequency                varchar(20) NOT NULL,   -- FIRST_HALF_YEAR, YEARLY, QUARTERLY, AD_HOC
    due_day                  integer,                -- day and month of the due date in the period's year
    due_month                integer,
    consolidating_unit_code  varchar(20) NOT NULL,
    cut_off_rule             varchar(20) NOT NULL DEFAULT 'DECREE_09',
    description              varchar(1000),
    version                  bigint NOT NULL DEFAULT 0,
    CONSTRAINT regime_due CHECK ((due_day IS NULL) = (due_month IS NULL))
);
CREATE INDEX reporting_regime_plan ON reporting_regime (plan_id);

-- Who reports: listed units, and/or every unit of a kind under the plan's area.
CREATE TABLE reporting_regime_unit (
    regime_id  uuid NOT NULL REFERENCES reporting_regime (id) ON DELETE CASCADE,
    unit_code  varchar(20) NOT NULL,
    PRIMARY KEY (regime_id, unit_code)
);
CREATE TABLE reporting_regime_unit_kind (
    regime_id  uuid NOT NULL REFERENCES reporting_regime (id) ON DELETE CASCADE,
    unit_kind  varchar(40) NOT NULL,
    PRIMARY KEY (regime_id, unit_kind)
);
