-- Closure periods of a provider (e.g. school holidays): no sessions are generated on these days.
-- extra_holiday: days the Land declares as holidays by decree (§ 2 HFeiertagsG), on top of the ten
-- statutory ones that the application computes.
CREATE TABLE closure (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  provider_id  BIGINT       NOT NULL,
  from_date    DATE         NOT NULL,
  to_date      DATE         NOT NULL,
  reason       VARCHAR(200) NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_closure_provider_dates (provider_id, from_date),
  CONSTRAINT fk_closure_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
  CONSTRAINT ck_closure_dates CHECK (to_date >= from_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE extra_holiday (
  holiday_date  DATE         NOT NULL,
  name          VARCHAR(100) NOT NULL,
  PRIMARY KEY (holiday_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
