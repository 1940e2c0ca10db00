-- Lending policy as data with validity dates (Decree 61/2015/NĐ-CP as amended by Decree 74/2019/NĐ-CP;
-- Decision 750/QĐ-TTg; Resolution 83/NQ-CP and Decision 16/2023/QĐ-TTg for EPS deposit loans).
-- A new version starts on its valid_from; loans approved on or after that date follow it.
CREATE TABLE loan_policy (
    id                   uuid PRIMARY KEY,
    name                 varchar(300) NOT NULL,
    legal_basis          varchar(1000) NOT NULL,
    valid_from           date NOT NULL UNIQUE,
    valid_to             date,
    overdue_rate_factor  numeric(6, 4) NOT NULL CHECK (overdue_rate_factor >= 1),   -- 1.30: overdue interest is 130 % of the rate
    created_by           varchar(200) NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now()
);

-- Who may borrow, and at what yearly rate. A NULL rate: the category is eligible but no rate is set yet.
CREATE TABLE loan_policy_category (
    policy_id           uuid NOT NULL REFERENCES loan_policy (id) ON DELETE CASCADE,
    category            varchar(40) NOT NULL,
    eligible            boolean NOT NULL,
    annual_rate_percent numeric(7, 4) CHECK (annual_rate_percent IS NULL OR annual_rate_percent >= 0),
    PRIMARY KEY (policy_id, category)
);

-- Loan products and their limits. NULL limits do not apply.
CREATE TABLE loan_policy_product (
    policy_id                   uuid NOT NULL REFERENCES loan_policy (id) ON DELETE CASCADE,
    product                     varchar(40) NOT NULL,
    max_share_of_contract_cost  numeric(6, 4),     -- 1.0000: at most 100 % of the costs in the contract
    max_amount                  bigint,            -- VND
    collateral_from_amount      bigint,            -- collateral required from this amount (VND); NULL: never
    max_term_months             integer,
    term_within_contract        boolean NOT NULL,  -- the term may not exceed the work term in the contract
    PRIMARY KEY (policy_id, product)
);

-- The defaults to ship (LOAN_RULES.md). Rates named there only: others are left unset, not guessed.
INSERT INTO loan_policy (id, name, legal_basis, valid_from, overdue_rate_factor, created_by) VALUES
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'Cho vay đi làm việc ở nước ngoài theo hợp đồng',
  'Nghị định 61/2015/NĐ-CP, sửa đổi bởi Nghị định 74/2019/NĐ-CP (Mục 3); Quyết định 750/QĐ-TTg ngày 01/6/2015; Nghị quyết 83/NQ-CP ngày 08/7/2022; Quyết định 16/2023/QĐ-TTg ngày 01/6/2023',
  DATE '2023-06-01', 1.30, 'system:default-policy');
INSERT INTO loan_policy_category (policy_id, category, eligible, annual_rate_percent) VALUES
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'POOR', true, 6.6),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'NEAR_POOR', true, 7.92),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'NEWLY_OUT_OF_POVERTY', true, 8.25),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'LAND_RECOVERED', true, NULL),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'ETHNIC_MINORITY', true, NULL),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'RELATIVE_OF_PERSON_WITH_MERIT', true, NULL),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'LOCAL_POLICY_GROUP', false, NULL);
INSERT INTO loan_policy_product (policy_id, product, max_share_of_contract_cost, max_amount, collateral_from_amount, max_term_months, term_within_contract) VALUES
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'OVERSEAS_WORK', 1.0, NULL, 100000000, NULL, true),
 ('6a0c5b1e-61a7-4c2f-9e15-2015a0740001', 'EPS_DEPOSIT', NULL, 100000000, NULL, 64, false);
