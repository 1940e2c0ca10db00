-- Audit trail: one row per change made through the write pipeline (API call or import row), in
-- the same transaction as the change. Personal data is masked before it is written here.
CREATE TABLE audit_record (
    id            uuid PRIMARY KEY,
    seq           bigserial NOT NULL UNIQUE,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    operation     varchar(100) NOT NULL,              -- e.g. loan.disburse
    target_type   varchar(60) NOT NULL,               -- e.g. loan
    target_id     varchar(100),
    unit_code     varchar(40),                        -- the unit the data belongs to
    actor         varchar(200) NOT NULL,              -- the token's subject
    actor_unit    varchar(40),                        -- the unit the actor acted for
    actor_roles   varchar(300) NOT NULL,
    origin        varchar(20) NOT NULL,               -- API or IMPORT
    request_id    varchar(100),
    before_state  jsonb,
    after_state   jsonb
);
CREATE INDEX audit_record_target ON audit_record (target_type, target_id, seq);
CREATE INDEX audit_record_request ON audit_record (request_id);
CREATE INDEX audit_record_actor ON audit_record (actor, seq);
CREATE INDEX audit_record_unit ON audit_record (unit_code, seq);
CREATE INDEX audit_record_time ON audit_record (recorded_at);

-- An Idempotency-Key belongs to its caller, its operation and its target: another caller's key
-- can neither replay someone else's result nor block their own write.
ALTER TABLE idempotency_record ADD COLUMN caller varchar(200) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record ADD COLUMN target varchar(100) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (caller, scope, target, idempotency_key);
