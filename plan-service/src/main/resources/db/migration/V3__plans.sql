-- Plans (kế hoạch) and the documents they implement: a DAG rooted at Directive 20-CT/TW.
CREATE TABLE plan (
    id                     uuid PRIMARY KEY,
    number                 varchar(60),            -- e.g. 340/KH-UBND; empty when the document gives none
    kind                   varchar(30) NOT NULL,
    title                  varchar(1000) NOT NULL,
    issuing_unit_code      varchar(20) NOT NULL,   -- the body that issued it (a unit of kind PEOPLES_COMMITTEE, …)
    area_unit_code         varchar(20) NOT NULL,   -- the territory it covers; unit scope applies to it
    issue_date             date,
    period_from            integer,
    period_to              integer,
    orientation_year       integer,
    status                 varchar(20) NOT NULL,
    purpose                text,
    declared_budget_total  bigint,                 -- VND; when set, the budget lines must add up to it
    version                bigint NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT plan_period CHECK (period_from IS NULL OR period_to IS NULL OR period_to >= period_from),
    CONSTRAINT plan_budget_total CHECK (declared_budget_total IS NULL OR declared_budget_total >= 0)
);
CREATE UNIQUE INDEX plan_number_issuer ON plan (number, issuing_unit_code) WHERE number IS NOT NULL;
CREATE INDEX plan_area ON plan (area_unit_code);

CREATE TABLE plan_parent (
    plan_id    uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id  uuid NOT NULL REFERENCES plan (id),
    PRIMARY KEY (plan_id, parent_id),
    CONSTRAINT plan_parent_not_self CHECK (plan_id <> parent_id)
);
CREATE INDEX plan_parent_parent ON plan_parent (parent_id);

-- Budget lines by funding source (kinh phí). amount NULL = the plan names the source without an amount.
CREATE TABLE plan_budget_line (
    plan_id         uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    line_no         integer NOT NULL,
    funding_source  varchar(60) NOT NULL,
    amount          bigint CHECK (amount IS NULL OR amount >= 0),
    description     varchar(1000),
    PRIMARY KEY (plan_id, line_no)
);

-- Issued plans change only by amendment; each amendment keeps the state before it.
CREATE TABLE plan_version (
    plan_id     uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version     bigint NOT NULL,
    state       text NOT NULL,          -- the plan as it was (JSON, the shape of the API's Plan)
    reason      varchar(1000),
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, version)
);
