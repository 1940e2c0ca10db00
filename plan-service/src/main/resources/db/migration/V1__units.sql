-- Administrative units and bodies. A unit is (code, valid_from): since the 2025 restructuring the
-- same GSO code can name an old unit and the merged unit that kept it.
CREATE TABLE unit (
    id              bigserial PRIMARY KEY,
    code            varchar(20) NOT NULL,
    valid_from      date NOT NULL,
    valid_to        date,
    name            varchar(300) NOT NULL,
    search_name     varchar(300) NOT NULL,   -- lower case without diacritics, for ?q= search
    kind            varchar(40) NOT NULL,
    parent_code     varchar(20),
    successor_code  varchar(20),
    version         bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT unit_code_from_unique UNIQUE (code, valid_from),
    CONSTRAINT unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_parent ON unit (parent_code);
CREATE INDEX unit_search_name ON unit (search_name);
