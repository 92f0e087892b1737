-- Every change (and every view or export of participant data) leaves one row here. It holds ids and
-- field values, never participant names: see docs/data-protection.md.
CREATE TABLE audit_log (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at  DATETIME(3)  NOT NULL,
  actor        VARCHAR(60)  NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  entity_type  VARCHAR(40)  NOT NULL,
  entity_id    BIGINT       NOT NULL,
  detail       VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_log_entity (entity_type, entity_id),
  KEY ix_audit_log_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
