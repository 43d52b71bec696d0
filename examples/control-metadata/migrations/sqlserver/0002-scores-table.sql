-- The sink of the sample use cases (their sink_table): one row per scored application, as pl_copy_scores_to_sql
-- copies the batch job's predictions, tagged with the use case and the orchestrator run that scored it. Azure ML's
-- append_row output has no header: its first two columns are copied, the row key (an MLflow model's row number in
-- its file, the custom scoring script's application_id) and the prediction (the MLflow model's predicted class, the
-- custom script's probability of default).
IF SCHEMA_ID(N'scores') IS NULL EXEC(N'CREATE SCHEMA scores');
GO
CREATE TABLE scores.credit_default (
  row_key nvarchar(64) NOT NULL,
  prediction float NOT NULL,
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
