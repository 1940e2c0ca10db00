-- Local replica of plan-service's administrative units, fed by ct20.unit.events
-- (services other than plan-service include this location in quarkus.flyway.locations).
CREATE TABLE unit_replica (
    code            varchar(20) NOT NULL,
    valid_from      date NOT NULL,
    valid_to        date,
    name            varchar(300) NOT NULL,
    kind            varchar(40) NOT NULL,
    parent_code     varchar(20),
    successor_code  varchar(20),
    version         bigint NOT NULL,
    PRIMARY KEY (code, valid_from)
);
CREATE INDEX unit_replica_parent ON unit_replica (parent_code);
