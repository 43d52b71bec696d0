-- The sink of the sample use cases (their sink_table): one row per scored application, as pl_copy_scores_to_sql
-- copies the batch job's predictions, tagged with the use case and the orchestrator run that scored it. Azure ML's
-- append_row output has no header: its first two columns are copied, the row key (an MLflow model's row number in
-- its file, the custom scoring script's application_id) and the prediction (the MLflow model's predicted class, the
-- custom script's probability of default).
CREATE SCHEMA IF NOT EXISTS scores;
GO
CREATE TABLE scores.credit_default (
  row_key varchar(64) NOT NULL,
  prediction double precision NOT NULL,
  use_case varchar(128) NOT NULL,
  scoring_run_id varchar(64) NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
GO
CREATE INDEX credit_default_run ON scores.credit_default (scoring_run_id, use_case);
GO
COMMENT ON TABLE scores.credit_default IS 'Credit default predictions ($(environment)), loaded by pl_copy_scores_to_sql';
