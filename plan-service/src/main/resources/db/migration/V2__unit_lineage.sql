-- Lineage: which old units a new one absorbed (2025 restructuring, later mergers). FULL: the
-- whole predecessor went into the successor; PARTIAL: part of it did.
CREATE TABLE unit_lineage (
    predecessor_code        varchar(20) NOT NULL,
    predecessor_valid_from  date NOT NULL,
    successor_code          varchar(20) NOT NULL,
    successor_valid_from    date NOT NULL,
    kind                    varchar(10) NOT NULL CHECK (kind IN ('FULL', 'PARTIAL')),
    PRIMARY KEY (predecessor_code, predecessor_valid_from, successor_code, successor_valid_from)
);
CREATE INDEX unit_lineage_successor ON unit_lineage (successor_code, successor_valid_from);

-- Reference data sets loaded into this database, so that a restart does not load them again.
CREATE TABLE reference_dataset (
    name       varchar(100) PRIMARY KEY,
    checksum   varchar(64) NOT NULL,
    items      integer NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX unit_code_validity ON unit (code, valid_from, valid_to);
