-- Tables every CT20 service has, whatever its domain (platform module).

-- Transactional outbox: written in the same transaction as the business change; the relay
-- publishes the rows to Kafka after commit and marks them published.
CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    seq           bigserial NOT NULL UNIQUE,      -- write order; per-key order is kept on publish
    topic         varchar(200) NOT NULL,
    message_key   varchar(200) NOT NULL,
    event_type    varchar(200) NOT NULL,
    envelope      text NOT NULL,                  -- the CloudEvents-style JSON sent as the record value
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz,
    attempts      integer NOT NULL DEFAULT 0,
    last_error    varchar(1000)
);
CREATE INDEX outbox_event_pending_by_key ON outbox_event (topic, message_key, seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: the id of every event a consumer processed, written in the same
-- transaction as the effect, so a redelivered event changes nothing.
CREATE TABLE processed_event (
    consumer      varchar(100) NOT NULL,
    event_id      uuid NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key: the first result of a write that must not happen twice.
CREATE TABLE idempotency_record (
    scope            varchar(100) NOT NULL,
    idempotency_key  varchar(200) NOT NULL,
    request_hash     varchar(64) NOT NULL,
    response_status  integer NOT NULL,
    response_body    text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);
