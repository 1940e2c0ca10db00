-- ct20.plan.reporting-regime-changed.v1 consolidatingLabourAuthority: each reporter reports to the labour
-- authority of its own territory (consolidating_unit_code is then null).
ALTER TABLE regime_replica ADD COLUMN consolidating_labour_authority boolean NOT NULL DEFAULT false;
ALTER TABLE regime_replica ALTER COLUMN consolidating_unit_code DROP NOT NULL;
