-- Set by a password reset: the account signs in with a temporary password and must choose its own
-- before it may do anything else (contract §6).
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
