-- Borrowers: workers going abroad. The citizen ID is personal data: stored once (unique), masked
-- in responses except to loan officers and approvers of the borrower's area, never logged or evented.
CREATE TABLE borrower (
    id                        uuid PRIMARY KEY,
    citizen_id                char(12) NOT NULL UNIQUE,
    full_name                 varchar(200) NOT NULL,
    date_of_birth             date NOT NULL,
    sex                       varchar(6) NOT NULL,
    ethnicity                 varchar(60),
    category                  varchar(40) NOT NULL,
    commune_code              varchar(20) NOT NULL,
    -- the commune People's Committee confirms eligibility: who, for which unit, when
    confirmed_by              varchar(200),
    confirmed_unit_code       varchar(20),
    confirmed_at              timestamptz,
    created_by                varchar(200) NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    version                   bigint NOT NULL DEFAULT 0
);
CREATE INDEX borrower_commune ON borrower (commune_code);

-- What a capital source may lend in a unit and year. The check makes "no disbursement takes a
-- source below zero" a property of the data, whatever the code does.
CREATE TABLE capital_allocation (
    id          uuid PRIMARY KEY,
    source_id   uuid NOT NULL REFERENCES capital_source (id),
    unit_code   varchar(20) NOT NULL,
    year        integer NOT NULL,
    allocated   bigint NOT NULL CHECK (allocated >= 0),
    disbursed   bigint NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
    repaid      bigint NOT NULL DEFAULT 0 CHECK (repaid >= 0),
    version     bigint NOT NULL DEFAULT 0,
    UNIQUE (source_id, unit_code, year),
    CONSTRAINT capital_allocation_never_below_zero CHECK (allocated - disbursed + repaid >= 0)
);

-- Loans (cf. Apache Fineract's loan states): SUBMITTED → APPROVED / REJECTED / WITHDRAWN →
-- ACTIVE (disbursed, one or more tranches) → CLOSED / WRITTEN_OFF.
CREATE TABLE loan (
    id                      uuid PRIMARY KEY,
    borrower_id             uuid NOT NULL REFERENCES borrower (id),
    product                 varchar(20) NOT NULL,
    category                varchar(40) NOT NULL,
    commune_code            varchar(20) NOT NULL,
    district_code           varchar(20),
    province_code           varchar(20),
    market_code             varchar(40) NOT NULL,
    enterprise_name         varchar(300) NOT NULL,
    contract_number         varchar(100) NOT NULL,
    contract_term_months    integer,
    contract_cost           bigint,
    amount_requested        bigint NOT NULL CHECK (amount_requested > 0),
    term_months             integer NOT NULL CHECK (term_months > 0),
    repayment_every_months  integer NOT NULL CHECK (repayment_every_months > 0),
    capital_source_id       uuid NOT NULL REFERENCES capital_source (id),
    collateral              varchar(1000),
    status                  varchar(20) NOT NULL,
    submitted_on            date NOT NULL,
    submitted_by            varchar(200) NOT NULL,
    approved_amount         bigint,
    approved_on             date,
    approved_by             varchar(200),
    -- approved more than 10 working days after submission (Decree 61/2015 Art. 40)
    appraisal_late          boolean,
    policy_id               uuid,
    annual_rate_percent     numeric(7, 4),
    overdue_rate_factor     numeric(6, 4),
    decision_reason         varchar(2000),
    disbursed_principal     bigint NOT NULL DEFAULT 0,
    first_disbursed_on      date,
    maturity_date           date,
    days_overdue            integer NOT NULL DEFAULT 0,
    bucket                  varchar(10),
    closed_on               date,
    created_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0
);
CREATE INDEX loan_commune ON loan (commune_code);
CREATE INDEX loan_status ON loan (status);

-- Money that moved: disbursements and repayments (with how a repayment was allocated).
CREATE TABLE loan_transaction (
    id                uuid PRIMARY KEY,
    loan_id           uuid NOT NULL REFERENCES loan (id),
    kind              varchar(20) NOT NULL,        -- DISBURSEMENT, REPAYMENT
    business_date     date NOT NULL,
    amount            bigint NOT NULL CHECK (amount > 0),
    principal         bigint NOT NULL,
    interest          bigint NOT NULL,
    overdue_interest  bigint NOT NULL,
    allocation_id     uuid REFERENCES capital_allocation (id),
    created_by        varchar(200) NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX loan_transaction_loan ON loan_transaction (loan_id, business_date);

-- The bank's business date, separate from the clock; the close-of-business job moves it on.
CREATE TABLE loan_business_date (
    id             integer PRIMARY KEY CHECK (id = 1),
    business_date  date NOT NULL
);
