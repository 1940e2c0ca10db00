-- Local read models of plan-service's plans, targets, reporting regimes and tasks, built from
-- ct20.plan.events (consumer "plan-replica"); report-service never calls plan-service to answer.
CREATE TABLE plan_replica (
    plan_id            uuid PRIMARY KEY,
    number             varchar(60),
    kind               varchar(30) NOT NULL,
    title              varchar(1000) NOT NULL,
    issuing_unit_code  varchar(20) NOT NULL,
    area_unit_code     varchar(20) NOT NULL,
    issue_date         date,
    period_from        integer,
    period_to          integer,
    orientation_year   integer,
    status             varchar(20) NOT NULL,
    parent_ids         uuid[] NOT NULL,
    version            bigint NOT NULL
);
CREATE INDEX plan_replica_area ON plan_replica (area_unit_code);

CREATE TABLE target_replica (
    target_id          uuid PRIMARY KEY,
    plan_id            uuid NOT NULL,
    label              varchar(1000) NOT NULL,
    indicator_code     varchar(60) NOT NULL,
    measure            varchar(20) NOT NULL,
    comparator         varchar(10) NOT NULL,
    value              numeric(20, 4) NOT NULL,
    value_to           numeric(20, 4),
    scope              varchar(20) NOT NULL,
    sub_unit_kind      varchar(40),
    market_scope       varchar(30) NOT NULL,
    market_code        varchar(40),
    market_group_code  varchar(60),
    time_basis         varchar(20) NOT NULL,
    from_year          integer,
    to_year            integer
);
CREATE INDEX target_replica_plan ON target_replica (plan_id);

CREATE TABLE regime_replica (
    regime_id                uuid PRIMARY KEY,
    plan_id                  uuid NOT NULL,
    plan_area_unit_code      varchar(20) NOT NULL,
    frequency                varchar(20) NOT NULL,
    due_day                  integer,
    due_month                integer,
    consolidating_unit_code  varchar(20) NOT NULL,
    reporting_unit_codes     varchar(20)[] NOT NULL,
    reporting_unit_kinds     varchar(40)[] NOT NULL,
    cut_off_rule             varchar(20) NOT NULL,
    description              varchar(1000)
);
CREATE INDEX regime_replica_plan ON regime_replica (plan_id);

CREATE TABLE task_replica (
    task_id                  uuid PRIMARY KEY,
    plan_id                  uuid NOT NULL,
    parent_task_id           uuid,
    number                   varchar(20) NOT NULL,
    title                    varchar(2000) NOT NULL,
    section                  boolean NOT NULL,
    lead_unit_code           varchar(20),
    coordinating_unit_codes  varchar(20)[] NOT NULL,
    deadline_kind            varchar(20),
    deadline_label           varchar(40),
    due_date                 date,
    recurrence               varchar(20),
    status                   varchar(20) NOT NULL,
    progress_percent         integer NOT NULL
);
CREATE INDEX task_replica_plan ON task_replica (plan_id);
CREATE INDEX task_replica_lead ON task_replica (lead_unit_code);
