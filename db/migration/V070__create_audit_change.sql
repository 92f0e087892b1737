-- The changed fields of an audit_log row with their old and new values (contract §7 "changes"). Values of a
-- participant's personal fields are blanked when the person is erased (docs/data-protection.md).
CREATE TABLE audit_change (
  audit_id   BIGINT       NOT NULL,
  field      VARCHAR(60)  NOT NULL,
  old_value  VARCHAR(500) NULL,
  new_value  VARCHAR(500) NULL,
  KEY ix_audit_change_audit (audit_id),
  CONSTRAINT fk_audit_change_audit FOREIGN KEY (audit_id) REFERENCES audit_log (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The trail's page and GET /api/audit filter by user and period, newest first.
CREATE INDEX ix_audit_log_actor ON audit_log (actor, occurred_at);
