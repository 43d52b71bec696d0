-- The orchestrator's Lookup reads the enabled rows of one schedule: index them. Runs once per database, after the
-- control table's own migrations; $(environment) comes from the action's `variables` input.
CREATE INDEX control_use_cases_schedule ON mlops.control_use_cases (schedule) WHERE enabled;
GO
COMMENT ON TABLE mlops.control_use_cases IS 'Scoring use cases ($(environment)), applied by apply-control-metadata';
