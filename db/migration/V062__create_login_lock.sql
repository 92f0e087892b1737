-- Usernames locked after too many failed sign-ins, until locked_until (UTC). Kept by username, not by
-- account, so an unknown username locks the same way and the answers tell nothing about who exists.
CREATE TABLE login_lock (
  username      VARCHAR(60) NOT NULL,
  locked_until  DATETIME(3) NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
