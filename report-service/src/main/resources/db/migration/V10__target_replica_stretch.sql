-- ct20.plan.target-changed.v1 stretchValue: the aspiration above a floor target.
ALTER TABLE target_replica ADD COLUMN stretch_value numeric(20, 4);
