-- The orchestrator's Lookup reads the enabled rows of one schedule: index them. Runs once per database, after the
-- control table's own migrations; $(environment) comes from the action's `variables` input.
CREATE INDEX IX_control_use_cases_schedule ON mlops.control_use_cases (schedule) WHERE enabled = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description',
  @value = N'Scoring use cases ($(environment)), applied by apply-control-metadata',
  @level0type = N'SCHEMA', @level0name = N'mlops', @level1type = N'TABLE', @level1name = N'control_use_cases';
