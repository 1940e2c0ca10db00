-- Which revision of the transcribed source plans (reference/plans/source-plans.json, "about.revision")
-- each loaded plan has been brought to. A plan loaded from an older revision is corrected on start,
-- as one amendment by the system, so existing installations get the corrections with their events.
CREATE TABLE source_plan_revision (
    plan_id   uuid PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    revision  integer NOT NULL
);
