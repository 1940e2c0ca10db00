-- Ad-hoc report requests (báo cáo đột xuất): a consolidating unit asks units below it for a
-- report by a due date of its own.
CREATE TABLE ad_hoc_request (
    id                    uuid PRIMARY KEY,
    title                 varchar(500) NOT NULL,
    requesting_unit_code  varchar(20) NOT NULL,
    due_date              date NOT NULL,
    covers_from           date NOT NULL,
    covers_to             date NOT NULL,
    requested_by          varchar(200) NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint NOT NULL DEFAULT 0,
    CONSTRAINT ad_hoc_request_covers CHECK (covers_to >= covers_from)
);
CREATE INDEX ad_hoc_request_requesting_unit ON ad_hoc_request (requesting_unit_code);

CREATE TABLE ad_hoc_request_unit (
    request_id  uuid NOT NULL REFERENCES ad_hoc_request (id) ON DELETE CASCADE,
    unit_code   varchar(20) NOT NULL,
    PRIMARY KEY (request_id, unit_code)
);
CREATE INDEX ad_hoc_request_unit_code ON ad_hoc_request_unit (unit_code);
