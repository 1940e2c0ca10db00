-- Bulk imports of existing loan records (CSV): one row per import with its progress and summary.
-- Rejections name the line and the field, never the citizen ID.
CREATE TABLE loan_import (
    id              uuid PRIMARY KEY,
    dry_run         boolean NOT NULL,
    status          varchar(20) NOT NULL,           -- RUNNING, DONE, FAILED
    total_rows      integer NOT NULL,
    processed_rows  integer NOT NULL DEFAULT 0,
    imported        integer NOT NULL DEFAULT 0,
    updated         integer NOT NULL DEFAULT 0,
    rejected        integer NOT NULL DEFAULT 0,
    rejections      jsonb NOT NULL DEFAULT '[]',
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);
