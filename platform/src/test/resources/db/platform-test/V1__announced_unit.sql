-- The test application's own table: one row per unit announced through the pipeline.
CREATE TABLE announced_unit (
    unit_key      varchar(60) PRIMARY KEY,
    announced_by  varchar(200) NOT NULL
);
