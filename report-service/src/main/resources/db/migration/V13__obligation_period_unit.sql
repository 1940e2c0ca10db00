-- Consolidation reads a period's accepted reports of an area's units: the obligations of one period
-- and unit, found by an index instead of scanning every obligation of every period.
CREATE INDEX obligation_period_unit ON obligation (period_id, unit_code);
