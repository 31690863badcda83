-- Captured output of runs started through the command API.
ALTER TABLE pipeline_runs ADD COLUMN output VARCHAR;
