-- Contract §10: instances of a cluster may start at the same moment on a new database. AdminBootstrap locks this
-- row (SELECT ... FOR UPDATE) so that one of them creates the account admin and the others then find it.
INSERT INTO scheduled_job (name, last_run) VALUES ('startup', NULL);
