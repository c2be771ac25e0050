-- Generated from src/core/summary/schema.ts (version 1) by scripts/build-sql.ts; do not edit.
-- One row per figure of a commune's "Số liệu gửi tỉnh", loaded from the sheet or its CSV export.
CREATE TABLE IF NOT EXISTS khuyenhoc.summary_rows (
  schema_version INT64 NOT NULL,
  commune_code STRING,
  commune STRING NOT NULL,
  province STRING NOT NULL,
  year INT64 NOT NULL,
  indicator STRING NOT NULL,
  label STRING,
  level STRING NOT NULL,
  village STRING,
  numerator INT64,
  denominator INT64,
  target_percent NUMERIC,
  target_year INT64,
  criteria_set STRING,
  criteria_sample STRING,
  errors INT64 NOT NULL,
  warnings INT64 NOT NULL,
  evidence INT64,
  generated_at TIMESTAMP NOT NULL
);
