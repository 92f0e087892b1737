-- Sign-in accounts for the load test with pages (bench/load.sh), on "Hessen x10" (bench/hessen-x10.sql).
-- Every account gets the password of `admin` (the script starts the app with ADMIN_PASSWORD), copied as its
-- PBKDF2 hash, so no account needs the API: the 1,200 bench teachers (bench-teacher-P-T, created without a
-- usable password), one PROVIDER account per bench provider (bench-planner-P) and 20 PROGRAMME accounts.
SET @hash = (SELECT password_hash FROM app_user WHERE username = 'admin');
SET @now = NOW(3);

UPDATE app_user SET password_hash = @hash, password_change_required = FALSE WHERE username LIKE 'bench-teacher-%';

INSERT INTO app_user (username, password_hash, display_name, role, provider_id, created_at)
SELECT CONCAT('bench-planner-', SUBSTRING(name, CHAR_LENGTH('Bench-Träger ') + 1)), @hash,
       CONCAT('Bench-Planung ', SUBSTRING(name, CHAR_LENGTH('Bench-Träger ') + 1)), 'PROVIDER', id, @now
FROM provider WHERE name LIKE 'Bench-Träger %';

INSERT INTO app_user (username, password_hash, display_name, role, created_at)
SELECT CONCAT('bench-programme-', seq), @hash, CONCAT('Bench-Programm ', seq), 'PROGRAMME', @now
FROM seq_1_to_20;
