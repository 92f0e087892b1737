-- The Hessian districts and cities (Landkreise, kreisfreie Städte, Sonderstatusstädte) that courses are
-- reported by. Rows carry validity dates so that earlier years still report with the districts of their
-- time: Hanau was a Sonderstatusstadt in the Main-Kinzig-Kreis until 2025-12-31 and is kreisfrei since
-- 2026-01-01 (Hanau-Auskreisungsgesetz). Source and AGS keys: ../shared/domain.md §2.
CREATE TABLE district (
  id          INT          NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100) NOT NULL,
  type        VARCHAR(20)  NOT NULL,
  region      VARCHAR(10)  NOT NULL,
  ags         CHAR(8)      NOT NULL,
  parent_ags  CHAR(8)      NULL,
  valid_from  DATE         NOT NULL,
  valid_to    DATE         NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_district_ags_from (ags, valid_from),
  CONSTRAINT ck_district_type CHECK (type IN ('LANDKREIS', 'KREISFREIE_STADT', 'SONDERSTATUSSTADT')),
  CONSTRAINT ck_district_region CHECK (region IN ('DARMSTADT', 'GIESSEN', 'KASSEL')),
  CONSTRAINT ck_district_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Ids are fixed so that demo data, tests and API clients can rely on them.
INSERT INTO district (id, name, type, region, ags, parent_ags, valid_from, valid_to) VALUES
  ( 1, 'Darmstadt',                     'KREISFREIE_STADT',  'DARMSTADT', '06411000', NULL,       '1977-01-01', NULL),
  ( 2, 'Frankfurt am Main',             'KREISFREIE_STADT',  'DARMSTADT', '06412000', NULL,       '1977-01-01', NULL),
  ( 3, 'Offenbach am Main',             'KREISFREIE_STADT',  'DARMSTADT', '06413000', NULL,       '1977-01-01', NULL),
  ( 4, 'Wiesbaden',                     'KREISFREIE_STADT',  'DARMSTADT', '06414000', NULL,       '1977-01-01', NULL),
  ( 5, 'Hanau',                         'KREISFREIE_STADT',  'DARMSTADT', '06415000', NULL,       '2026-01-01', NULL),
  ( 6, 'Kassel',                        'KREISFREIE_STADT',  'KASSEL',    '06611000', NULL,       '1977-01-01', NULL),
  ( 7, 'Landkreis Bergstraße',          'LANDKREIS',         'DARMSTADT', '06431000', NULL,       '1977-01-01', NULL),
  ( 8, 'Landkreis Darmstadt-Dieburg',   'LANDKREIS',         'DARMSTADT', '06432000', NULL,       '1977-01-01', NULL),
  ( 9, 'Landkreis Groß-Gerau',          'LANDKREIS',         'DARMSTADT', '06433000', NULL,       '1977-01-01', NULL),
  (10, 'Hochtaunuskreis',               'LANDKREIS',         'DARMSTADT', '06434000', NULL,       '1977-01-01', NULL),
  (11, 'Main-Kinzig-Kreis',             'LANDKREIS',         'DARMSTADT', '06435000', NULL,       '1977-01-01', NULL),
  (12, 'Main-Taunus-Kreis',             'LANDKREIS',         'DARMSTADT', '06436000', NULL,       '1977-01-01', NULL),
  (13, 'Odenwaldkreis',                 'LANDKREIS',         'DARMSTADT', '06437000', NULL,       '1977-01-01', NULL),
  (14, 'Landkreis Offenbach',           'LANDKREIS',         'DARMSTADT', '06438000', NULL,       '1977-01-01', NULL),
  (15, 'Rheingau-Taunus-Kreis',         'LANDKREIS',         'DARMSTADT', '06439000', NULL,       '1977-01-01', NULL),
  (16, 'Wetteraukreis',                 'LANDKREIS',         'DARMSTADT', '06440000', NULL,       '1977-01-01', NULL),
  (17, 'Landkreis Gießen',              'LANDKREIS',         'GIESSEN',   '06531000', NULL,       '1977-01-01', NULL),
  (18, 'Lahn-Dill-Kreis',               'LANDKREIS',         'GIESSEN',   '06532000', NULL,       '1977-01-01', NULL),
  (19, 'Landkreis Limburg-Weilburg',    'LANDKREIS',         'GIESSEN',   '06533000', NULL,       '1977-01-01', NULL),
  (20, 'Landkreis Marburg-Biedenkopf',  'LANDKREIS',         'GIESSEN',   '06534000', NULL,       '1977-01-01', NULL),
  (21, 'Vogelsbergkreis',               'LANDKREIS',         'GIESSEN',   '06535000', NULL,       '1977-01-01', NULL),
  (22, 'Landkreis Fulda',               'LANDKREIS',         'KASSEL',    '06631000', NULL,       '1977-01-01', NULL),
  (23, 'Landkreis Hersfeld-Rotenburg',  'LANDKREIS',         'KASSEL',    '06632000', NULL,       '1977-01-01', NULL),
  (24, 'Landkreis Kassel',              'LANDKREIS',         'KASSEL',    '06633000', NULL,       '1977-01-01', NULL),
  (25, 'Schwalm-Eder-Kreis',            'LANDKREIS',         'KASSEL',    '06634000', NULL,       '1977-01-01', NULL),
  (26, 'Landkreis Waldeck-Frankenberg', 'LANDKREIS',         'KASSEL',    '06635000', NULL,       '1977-01-01', NULL),
  (27, 'Werra-Meißner-Kreis',           'LANDKREIS',         'KASSEL',    '06636000', NULL,       '1977-01-01', NULL),
  (28, 'Rüsselsheim am Main',           'SONDERSTATUSSTADT', 'DARMSTADT', '06433012', '06433000', '1977-01-01', NULL),
  (29, 'Bad Homburg v. d. Höhe',        'SONDERSTATUSSTADT', 'DARMSTADT', '06434001', '06434000', '1977-01-01', NULL),
  (30, 'Gießen',                        'SONDERSTATUSSTADT', 'GIESSEN',   '06531005', '06531000', '1977-01-01', NULL),
  (31, 'Wetzlar',                       'SONDERSTATUSSTADT', 'GIESSEN',   '06532023', '06532000', '1977-01-01', NULL),
  (32, 'Marburg',                       'SONDERSTATUSSTADT', 'GIESSEN',   '06534014', '06534000', '1977-01-01', NULL),
  (33, 'Fulda',                         'SONDERSTATUSSTADT', 'KASSEL',    '06631009', '06631000', '1977-01-01', NULL),
  (34, 'Hanau',                         'SONDERSTATUSSTADT', 'DARMSTADT', '06435014', '06435000', '1977-01-01', '2025-12-31');
