-- Loan figures for reports, from loan-service's events (consumer "loan-figures"): one row per
-- event that moves money or changes arrears, with the units it belongs to. Never any personal data.
CREATE TABLE loan_movement (
    event_id               uuid PRIMARY KEY,
    seq                    bigserial NOT NULL,         -- arrival order, to find a loan's latest state
    loan_id                uuid NOT NULL,
    kind                   varchar(20) NOT NULL,     -- DISBURSED, REPAID, OVERDUE, BUCKET_CHANGED, CLOSED, WRITTEN_OFF
    business_date          date NOT NULL,
    commune_code           varchar(20) NOT NULL,
    district_code          varchar(20),
    province_code          varchar(20),
    market_code            varchar(40) NOT NULL,
    category               varchar(40) NOT NULL,
    amount                 bigint NOT NULL DEFAULT 0,  -- disbursed, or repaid in all
    principal_paid         bigint NOT NULL DEFAULT 0,
    principal_outstanding  bigint NOT NULL,            -- after the event
    principal_overdue      bigint NOT NULL             -- after the event
);
CREATE INDEX loan_movement_loan ON loan_movement (loan_id, business_date);
CREATE INDEX loan_movement_commune ON loan_movement (commune_code, business_date);
