-- The national rollup, second part: industrial-belt programs and special actions beside the enterprise figures.
-- Per zone: programs active, those of them with a confirmed month, and the zone's KPI attainment (the mean over
-- those programs; NULL while none has a confirmed month: no data is not 0); special-action measures assigned,
-- done, overdue and reports missing (the last two depend on the day, like overdue rectifications).

ALTER TABLE zone_rollup
    ADD COLUMN programs_active     INT           NOT NULL DEFAULT 0,
    ADD COLUMN programs_confirmed  INT           NOT NULL DEFAULT 0,
    ADD COLUMN kpi_attainment      DECIMAL(5,4)  NULL,
    ADD COLUMN measures_assigned   INT           NOT NULL DEFAULT 0,
    ADD COLUMN measures_done       INT           NOT NULL DEFAULT 0,
    ADD COLUMN measures_overdue    INT           NOT NULL DEFAULT 0,
    ADD COLUMN reports_missing     INT           NOT NULL DEFAULT 0;

-- Months frozen before this migration knew nothing of programs and actions: their counts read 0, attainment none.
ALTER TABLE zone_rollup_month
    ADD COLUMN programs_active     INT           NOT NULL DEFAULT 0,
    ADD COLUMN programs_confirmed  INT           NOT NULL DEFAULT 0,
    ADD COLUMN kpi_attainment      DECIMAL(5,4)  NULL,
    ADD COLUMN measures_assigned   INT           NOT NULL DEFAULT 0,
    ADD COLUMN measures_done       INT           NOT NULL DEFAULT 0,
    ADD COLUMN measures_overdue    INT           NOT NULL DEFAULT 0,
    ADD COLUMN reports_missing     INT           NOT NULL DEFAULT 0;

-- Each KPI's figure of each confirmed month, as ProgramMonthConfirmed carried it (a confirmed month is final, so
-- a row is written once). The plans are read from the program module when attainment is worked out.
CREATE TABLE rollup_program_month (
    zone_id       BIGINT         NOT NULL,
    program_id    BIGINT         NOT NULL,
    month         CHAR(7)        NOT NULL,
    kpi_code      VARCHAR(32)    NOT NULL,
    value         DECIMAL(20,2)  NOT NULL,
    PRIMARY KEY (zone_id, program_id, month, kpi_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every zone counted so far is counted again from the source (by the start-up upkeep, or by its next event), so
-- the new figures start from what programs and actions already hold.
UPDATE zone_rollup SET rebuilt_at = NULL;
