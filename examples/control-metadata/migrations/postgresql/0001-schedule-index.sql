-- The orchestrator's Lookup reads the enabled rows of one schedule: index them. Runs once per database, after the
-- control table's own migrations. $(table), $(table_name) are the action's `table` input (quoted, and its bare
-- name); $(environment) comes from the action's `variables` input.
CREATE INDEX $(table_name)_schedule ON $(table) (schedule) WHERE enabled;
GO
COMMENT ON TABLE $(table) IS 'Scoring use cases ($(environment)), applied by apply-control-metadata';
