-- The orchestrator's Lookup reads the enabled rows of one schedule: index them. Runs once per database, after the
-- control table's own migrations. $(table), $(schema), $(table_name) are the action's `table` input (quoted, and
-- its bare parts); $(environment) comes from the action's `variables` input.
CREATE INDEX IX_$(table_name)_schedule ON $(table) (schedule) WHERE enabled = 1;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description',
  @value = N'Scoring use cases ($(environment)), applied by apply-control-metadata',
  @level0type = N'SCHEMA', @level0name = N'$(schema)', @level1type = N'TABLE', @level1name = N'$(table_name)';
