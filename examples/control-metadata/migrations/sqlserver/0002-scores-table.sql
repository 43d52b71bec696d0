-- The sink of the sample use cases (their sink_table): one row per scored application, as pl_copy_scores_to_sql
-- copies the batch job's predictions, tagged with the use case and the orchestrator run that scored it.
IF SCHEMA_ID(N'scores') IS NULL EXEC(N'CREATE SCHEMA scores');
GO
CREATE TABLE scores.credit_default (
  application_id nvarchar(64) NOT NULL,
  age decimal(18, 6),
  income_k decimal(18, 6),
  debt_ratio decimal(18, 6),
  open_credit_lines decimal(18, 6),
  late_payments_12m decimal(18, 6),
  default_probability float NOT NULL,
  default_prediction smallint NOT NULL,
  use_case nvarchar(128) NOT NULL,
  scoring_run_id nvarchar(64) NOT NULL,
  loaded_at datetimeoffset NOT NULL CONSTRAINT DF_credit_default_loaded_at DEFAULT SYSDATETIMEOFFSET()
);
GO
CREATE INDEX IX_credit_default_run ON scores.credit_default (scoring_run_id, use_case);
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description',
  @value = N'Credit default predictions ($(environment)), loaded by pl_copy_scores_to_sql',
  @level0type = N'SCHEMA', @level0name = N'scores', @level1type = N'TABLE', @level1name = N'credit_default';
