-- Locations (Kursorte) of a provider, with their rooms. Locations with courses are never deleted,
-- only deactivated.
CREATE TABLE location (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  provider_id          BIGINT        NOT NULL,
  name                 VARCHAR(150)  NOT NULL,
  street               VARCHAR(150)  NOT NULL,
  postal_code          CHAR(5)       NOT NULL,
  city                 VARCHAR(100)  NOT NULL,
  district_id          INT           NOT NULL,
  capacity             INT           NOT NULL,
  step_free            BOOLEAN       NOT NULL DEFAULT FALSE,
  childcare_available  BOOLEAN       NOT NULL DEFAULT FALSE,
  accessibility_note   VARCHAR(500)  NULL,
  transport_note       VARCHAR(500)  NULL,
  active               BOOLEAN       NOT NULL DEFAULT TRUE,
  version              INT           NOT NULL DEFAULT 0,
  created_at           DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_location_provider_name (provider_id, name),
  KEY ix_location_district (district_id),
  CONSTRAINT fk_location_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT fk_location_district FOREIGN KEY (district_id) REFERENCES district (id),
  CONSTRAINT ck_location_capacity CHECK (capacity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE room (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  location_id  BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  seats        INT          NOT NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  PRIMARY KEY (id),
  UNIQUE KEY uk_room_location_name (location_id, name),
  CONSTRAINT fk_room_location FOREIGN KEY (location_id) REFERENCES location (id),
  CONSTRAINT ck_room_seats CHECK (seats >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
