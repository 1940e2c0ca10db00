-- "Các sở, ban, ngành, UBND các huyện … báo cáo": every body a task of the plan is assigned to
-- reports (its leads and co-leads, and every unit of a collective lead's kind), besides any kinds and
-- units listed. Frequency UNSPECIFIED: the plan says "định kỳ" without saying how often; the
-- consolidating body fixes it by amending the regime, and until then no obligation is planned.
ALTER TABLE reporting_regime ADD COLUMN reporting_task_leads boolean NOT NULL DEFAULT false;
