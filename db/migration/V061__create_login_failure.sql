-- Failed sign-ins (form and HTTP Basic) per attempted username, also for usernames that do not exist, so
-- that lockout works across instances sharing this database. Rows older than the counting window go.
CREATE TABLE login_failure (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  username   VARCHAR(60) NOT NULL,
  address    VARCHAR(45) NOT NULL,
  failed_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_login_failure_username (username, failed_at),
  KEY ix_login_failure_failed_at (failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
