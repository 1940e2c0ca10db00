-- Obligations: the reports a unit owes. One per reporting regime, reporting unit and period
-- (derived from the plan replicas and the unit replica by ObligationPlanner), or per ad-hoc
-- request and unit asked.
CREATE TABLE obligation (
    id                       uuid PRIMARY KEY,
    regime_id                uuid,
    ad_hoc_request_id        uuid REFERENCES ad_hoc_request (id),
    plan_id                  uuid,
    unit_code                varchar(20) NOT NULL,
    -- set when the unit owes the report as the successor of a unit that ceased (2025 restructuring)
    inherited_from_unit_code varchar(20),
    period_id                varchar(10),                -- null for an ad-hoc request
    cut_off_from             date NOT NULL,
    cut_off_to               date NOT NULL,
    due_date                 date,                       -- null when the regime names no due date
    consolidating_unit_code  varchar(20) NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    -- business dates on which report.due-soon / report.overdue went out, so each goes out once
    due_soon_notified_on     date,
    overdue_notified_on      date,
    CONSTRAINT obligation_source CHECK ((regime_id IS NULL) <> (ad_hoc_request_id IS NULL)),
    CONSTRAINT obligation_regime_period CHECK (regime_id IS NULL OR period_id IS NOT NULL)
);
CREATE UNIQUE INDEX obligation_regime_unit_period ON obligation (regime_id, unit_code, period_id) WHERE regime_id IS NOT NULL;
CREATE UNIQUE INDEX obligation_ad_hoc_unit ON obligation (ad_hoc_request_id, unit_code) WHERE ad_hoc_request_id IS NOT NULL;
CREATE INDEX obligation_unit ON obligation (unit_code);
CREATE INDEX obligation_consolidating_period ON obligation (consolidating_unit_code, period_id);
