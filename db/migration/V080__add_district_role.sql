-- Role DISTRICT (contract §11): staff of a district or city, bound to one or more districts. They read the
-- courses, locations, sessions and reports of courses at locations in those districts (docs/security.md).
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_provider;
ALTER TABLE app_user
  ADD CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'PROGRAMME', 'PROVIDER', 'TEACHER', 'DISTRICT')),
  ADD CONSTRAINT ck_app_user_provider CHECK (role IN ('ADMIN', 'PROGRAMME', 'DISTRICT') OR provider_id IS NOT NULL);

CREATE TABLE app_user_district (
  user_id      BIGINT NOT NULL,
  district_id  INT    NOT NULL,
  PRIMARY KEY (user_id, district_id),
  KEY ix_app_user_district_district (district_id),
  CONSTRAINT fk_app_user_district_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_app_user_district_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
