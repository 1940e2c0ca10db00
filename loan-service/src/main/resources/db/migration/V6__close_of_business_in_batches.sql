-- Close of business goes over the active loans in batches, each in its own transaction; this column
-- says up to which business date a loan's overdue state is computed, so that a run that stops half
-- way is picked up where it stopped and no loan is marked (or announced) twice for one day.
ALTER TABLE loan ADD COLUMN overdue_checked_on date;
CREATE INDEX loan_active_overdue_check ON loan (overdue_checked_on, id) WHERE status = 'ACTIVE';
