-- Spring Modulith's JDBC event publication registry (its v2 layout for MySQL/MariaDB), owned by Flyway here. The
-- table name is upper case because Modulith writes it so, and MySQL and MariaDB on Linux compare table names as written.
-- A publication row is written in the transaction that publishes the event, one per after-commit listener, and
-- removed once the listener succeeded (completion mode delete), so the table holds only what is still due.
-- serialized_event is TEXT rather than the VARCHAR(4000) of Modulith's script: an event is never cut short.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)  NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       TEXT         NOT NULL,
    publication_date       TIMESTAMP(6) NOT NULL,
    completion_date        TIMESTAMP(6) NULL,
    status                 VARCHAR(20)  NULL,
    completion_attempts    INT          NULL,
    last_resubmission_date TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    KEY ix_event_publication_completion_date (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The events each after-commit listener has taken (platform.events.EventReceipts): a redelivery finds its receipt
-- and changes nothing twice.
CREATE TABLE event_receipt (
    listener    VARCHAR(190) NOT NULL,
    event_id    CHAR(36)     NOT NULL,
    received_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (listener, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
