-- Submitted funding statements (Verwendungsnachweis, numerical and statistical part; issue 7): one row per
-- version of a provider's statement for a year and funding line. A correction is a new version; rows are
-- never updated. sha256 is the hash of the stored PDF bytes, so a copy can be checked against it.
CREATE TABLE funding_statement (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  provider_id     BIGINT        NOT NULL,
  statement_year  SMALLINT      NOT NULL,
  funding_line    VARCHAR(5)    NOT NULL,
  version_number  INT           NOT NULL,
  pdf             MEDIUMBLOB    NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  submitted_by    BIGINT        NOT NULL,
  submitted_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_funding_statement_version (provider_id, statement_year, funding_line, version_number),
  CONSTRAINT fk_funding_statement_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT fk_funding_statement_submitted_by FOREIGN KEY (submitted_by) REFERENCES app_user (id),
  CONSTRAINT ck_funding_statement_line CHECK (funding_line IN ('STATE', 'AMIF'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
