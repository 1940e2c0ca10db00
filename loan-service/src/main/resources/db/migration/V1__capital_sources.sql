-- Capital sources VBSP lends from: central budget capital, the National Employment Fund, and
-- provincial or district budgets entrusted to VBSP (vốn ủy thác). Allocations come later.
CREATE TABLE capital_source (
    id               uuid PRIMARY KEY,
    code             varchar(40) NOT NULL UNIQUE,
    name             varchar(300) NOT NULL,
    kind             varchar(40) NOT NULL,
    owner_unit_code  varchar(20) NOT NULL,   -- the locality whose budget or branch holds it ('VN' for central)
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint NOT NULL DEFAULT 0
);
CREATE INDEX capital_source_owner ON capital_source (owner_unit_code);
