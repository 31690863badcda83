-- The process that started a run (host, pid and process start), so that a run left RUNNING by a
-- process that died can be marked ABANDONED by the next one.
ALTER TABLE pipeline_runs ADD COLUMN owner VARCHAR;
