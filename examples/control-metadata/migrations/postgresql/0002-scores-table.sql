-- The sink of the sample use cases (their sink_table): one row per scored application, as pl_copy_scores_to_sql
-- copies the batch job's predictions, tagged with the use case and the orchestrator run that scored it.
CREATE SCHEMA IF NOT EXISTS scores;
GO
CREATE TABLE scores.credit_default (
  application_id varchar(64) NOT NULL,
  age numeric,
  income_k numeric,
  debt_ratio numeric,
  open_credit_lines numeric,
  late_payments_12m numeric,
  default_probability double precision NOT NULL,
  default_prediction smallint NOT NULL,
  use_case varchar(128) NOT NULL,
  scoring_run_id varchar(64) NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
GO
CREATE INDEX credit_default_run ON scores.credit_default (scoring_run_id, use_case);
GO
COMMENT ON TABLE scores.credit_default IS 'Credit default predictions ($(environment)), loaded by pl_copy_scores_to_sql';
