-- Participants (Teilnehmende) of a provider: only what funding and teaching need (docs/data-protection.md).
-- Names are stored exactly as given, in any script (utf8mb4).
CREATE TABLE participant (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  provider_id           BIGINT        NOT NULL,
  first_name            VARCHAR(100)  NOT NULL,
  last_name             VARCHAR(100)  NOT NULL,
  birth_year            SMALLINT      NOT NULL,
  gender                VARCHAR(12)   NOT NULL,
  country_of_origin     CHAR(2)       NOT NULL,
  nationality           CHAR(2)       NULL,
  first_languages       VARCHAR(200)  NULL,
  residence_status      VARCHAR(30)   NULL,
  language_level        VARCHAR(5)    NULL,
  phone                 VARCHAR(40)   NULL,
  consent_date          DATE          NOT NULL,
  consent_recorded_by   VARCHAR(60)   NOT NULL,
  consent_text_version  VARCHAR(20)   NOT NULL,
  version               INT           NOT NULL DEFAULT 0,
  created_at            DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY ix_participant_provider_name (provider_id, last_name, first_name),
  CONSTRAINT fk_participant_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT ck_participant_gender CHECK (gender IN ('FEMALE', 'MALE', 'DIVERSE', 'UNSPECIFIED')),
  CONSTRAINT ck_participant_birth_year CHECK (birth_year >= 1900)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
