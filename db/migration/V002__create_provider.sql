-- Course providers (Träger): adult education centres, associations, municipalities.
CREATE TABLE provider (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  name         VARCHAR(150) NOT NULL,
  district_id  INT          NOT NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_provider_name (name),
  KEY ix_provider_district (district_id),
  CONSTRAINT fk_provider_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
