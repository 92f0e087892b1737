-- Accounts for the pages (form login) and the API (HTTP Basic). One role per account; PROVIDER and
-- TEACHER accounts belong to one provider. Passwords are PBKDF2 hashes (Jakarta Security Pbkdf2PasswordHash).
CREATE TABLE app_user (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(60)  NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  provider_id    BIGINT       NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  version        INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_app_user_username (username),
  KEY ix_app_user_provider (provider_id),
  CONSTRAINT fk_app_user_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'PROGRAMME', 'PROVIDER', 'TEACHER')),
  CONSTRAINT ck_app_user_provider CHECK (role IN ('ADMIN', 'PROGRAMME') OR provider_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
