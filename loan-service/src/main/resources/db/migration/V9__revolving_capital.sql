-- Whether a capital source lends repaid principal again (LOAN_RULES.md: a source's disbursements never
-- exceed its allocation, so by default it does not). Set when the source is registered and copied onto
-- each of its allocations, where one generated column states what is left to lend and the CHECK makes
-- "never below zero" a property of the data.
ALTER TABLE capital_source ADD COLUMN revolving boolean NOT NULL DEFAULT false;
ALTER TABLE capital_allocation ADD COLUMN revolving boolean NOT NULL DEFAULT false;
-- Sources that already lent repaid principal again, before this was a property, stay revolving so their books hold.
UPDATE capital_source SET revolving = true WHERE id IN (SELECT source_id FROM capital_allocation WHERE disbursed > allocated);
UPDATE capital_allocation a SET revolving = s.revolving FROM capital_source s WHERE s.id = a.source_id;
ALTER TABLE capital_allocation DROP CONSTRAINT capital_allocation_never_below_zero;
ALTER TABLE capital_allocation ADD COLUMN available bigint
    GENERATED ALWAYS AS (allocated - disbursed + CASE WHEN revolving THEN repaid ELSE 0 END) STORED;
ALTER TABLE capital_allocation ADD CONSTRAINT capital_allocation_never_below_zero CHECK (available >= 0);
