-- Circular 01/2020/TT-BLĐTBXH Art. 4: each VBSP body reports quarterly to the labour authority of its
-- own territory (a transaction office to the district labour office, a branch to the provincial
-- department) before a day of the month after the quarter, with figures from 1 January. A regime may
-- therefore name, instead of one consolidating body, "the labour authority of each reporter's
-- territory"; and a quarterly regime's due day is a day of the month after the quarter (no month).
ALTER TABLE reporting_regime ADD COLUMN consolidating_labour_authority boolean NOT NULL DEFAULT false;
ALTER TABLE reporting_regime ALTER COLUMN consolidating_unit_code DROP NOT NULL;
ALTER TABLE reporting_regime ADD CONSTRAINT regime_consolidator CHECK ((consolidating_unit_code IS NULL) = consolidating_labour_authority);
ALTER TABLE reporting_regime DROP CONSTRAINT regime_due;
ALTER TABLE reporting_regime ADD CONSTRAINT regime_due CHECK (
    (due_day IS NULL AND due_month IS NULL) OR (due_day IS NOT NULL AND (due_month IS NOT NULL OR frequency = 'QUARTERLY')));
