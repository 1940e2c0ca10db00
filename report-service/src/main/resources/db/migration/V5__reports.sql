-- A unit's report for an obligation, with every revision kept. The content of a revision (task
-- progress, difficulties, proposals) is a JSON document; its indicator values are rows, so that
-- consolidation can sum them with their breakdowns.
CREATE TABLE report (
    id                  uuid PRIMARY KEY,
    obligation_id       uuid NOT NULL UNIQUE REFERENCES obligation (id),
    unit_code           varchar(20) NOT NULL,
    status              varchar(20) NOT NULL,       -- DRAFT, SUBMITTED, ACCEPTED, RETURNED, REOPENED
    revision            integer NOT NULL,           -- the current revision
    -- timeliness is judged on the business date of the first submission
    first_submitted_on  date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX report_unit ON report (unit_code);

CREATE TABLE report_revision (
    id             uuid PRIMARY KEY,
    report_id      uuid NOT NULL REFERENCES report (id),
    revision       integer NOT NULL,
    status         varchar(20) NOT NULL,            -- DRAFT, SUBMITTED, ACCEPTED, RETURNED, REOPENED
    content        jsonb NOT NULL,
    created_by     varchar(200) NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    submitted_on   date,
    submitted_at   timestamptz,
    submitted_by   varchar(200),
    reviewed_at    timestamptz,
    reviewed_by    varchar(200),
    review_reason  varchar(2000),                   -- why it was returned or reopened
    UNIQUE (report_id, revision)
);

-- Indicator values of a revision. breakdown_key is the canonical form of the breakdown
-- ('' for the total, else 'market=KR;sex=F' with dimensions in a fixed order).
CREATE TABLE report_value (
    revision_id     uuid NOT NULL REFERENCES report_revision (id),
    indicator_code  varchar(60) NOT NULL,
    breakdown_key   varchar(300) NOT NULL,
    breakdown       jsonb NOT NULL,
    value           numeric(24, 4) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (revision_id, indicator_code, breakdown_key)
);

-- The business date, where an administrator may set it (ct20.business-date.settable=true).
CREATE TABLE business_date_setting (
    id             integer PRIMARY KEY CHECK (id = 1),
    business_date  date
);
