-- The province and national roll-ups over khuyenhoc.summary_rows, by the same rules as the product's own
-- roll-up (src/core/province/rollup.ts, what `tong-hop-tinh` and "Tổng hợp tỉnh" compute):
--   * a commune is known by its code, or by province and name when it has none;
--   * a commune loaded more than once for a year counts once, with its latest run (the newest generated_at);
--   * only commune-level rows are added up ("Xã"), and only for communes whose run of that year had no data
--     errors: a figure must not rest on rows the commune has not finished checking;
--   * a figure left blank (cannot be computed) is left out of the sum and counted as not computable;
--   * a percentage is the exact fraction rounded half up at one decimal, in integer arithmetic:
--     tenths = floor((2000 * numerator + denominator) / (2 * denominator)).
-- Written in the SQL that BigQuery and DuckDB share (tests/national/national-sql.test.ts runs it on DuckDB).

CREATE OR REPLACE VIEW khuyenhoc.summary_latest AS
WITH keyed AS (
  SELECT
    s.*,
    CASE
      WHEN COALESCE(TRIM(s.commune_code), '') <> ''
        THEN CONCAT('code:', LPAD(TRIM(s.commune_code), 5, '0'))
      ELSE CONCAT('name:', LOWER(TRIM(s.province)), '|', LOWER(TRIM(s.commune)))
    END AS commune_key
  FROM khuyenhoc.summary_rows AS s
),
latest AS (
  SELECT commune_key, year, MAX(generated_at) AS generated_at
  FROM keyed
  GROUP BY commune_key, year
),
kept AS (
  SELECT
    k.*,
    ROW_NUMBER() OVER (
      PARTITION BY k.commune_key, k.year, k.indicator, k.level, COALESCE(k.village, '')
      ORDER BY k.commune
    ) AS copy
  FROM keyed AS k
  JOIN latest AS l
    ON l.commune_key = k.commune_key AND l.year = k.year AND l.generated_at = k.generated_at
)
SELECT * FROM kept WHERE copy = 1;

-- One row per commune and year: whether its figures enter the sums.
CREATE OR REPLACE VIEW khuyenhoc.commune_years AS
SELECT
  commune_key,
  year,
  MIN(province) AS province,
  MIN(commune) AS commune,
  MAX(errors) AS errors,
  MAX(errors) = 0 AS counted
FROM khuyenhoc.summary_latest
WHERE level = 'Xã'
GROUP BY commune_key, year;

-- Every province and year has a row per indicator, even when none of its communes could be counted.
CREATE OR REPLACE VIEW khuyenhoc.province_rollup AS
WITH communes AS (
  SELECT
    year,
    province,
    SUM(CASE WHEN counted THEN 1 ELSE 0 END) AS communes_counted,
    SUM(CASE WHEN counted THEN 0 ELSE 1 END) AS communes_with_errors
  FROM khuyenhoc.commune_years
  GROUP BY year, province
),
indicators AS (
  SELECT DISTINCT year, indicator FROM khuyenhoc.summary_latest WHERE level = 'Xã'
),
figures AS (
  SELECT
    s.year,
    c.province,
    s.indicator,
    SUM(CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL THEN 1 ELSE 0 END) AS computable,
    SUM(CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL THEN s.numerator ELSE 0 END) AS numerator,
    SUM(CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL THEN s.denominator ELSE 0 END) AS denominator,
    SUM(CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL AND s.evidence IS NOT NULL
      THEN s.evidence ELSE 0 END) AS evidence,
    SUM(CASE WHEN s.numerator IS NOT NULL AND s.denominator IS NOT NULL AND s.evidence IS NOT NULL
      THEN s.numerator ELSE 0 END) AS evidence_base
  FROM khuyenhoc.summary_latest AS s
  JOIN khuyenhoc.commune_years AS c ON c.commune_key = s.commune_key AND c.year = s.year
  WHERE s.level = 'Xã' AND c.counted
  GROUP BY s.year, c.province, s.indicator
)
SELECT
  c.year,
  c.province,
  i.indicator,
  c.communes_counted,
  c.communes_with_errors,
  c.communes_counted - COALESCE(f.computable, 0) AS not_computable,
  COALESCE(f.numerator, 0) AS numerator,
  COALESCE(f.denominator, 0) AS denominator,
  CASE WHEN f.denominator > 0
    THEN CAST(FLOOR((2000 * f.numerator + f.denominator) / (2 * f.denominator)) AS INT64) END AS percent_tenths,
  COALESCE(f.evidence, 0) AS evidence,
  COALESCE(f.evidence_base, 0) AS evidence_base
FROM communes AS c
JOIN indicators AS i ON i.year = c.year
LEFT JOIN figures AS f ON f.year = c.year AND f.province = c.province AND f.indicator = i.indicator;

CREATE OR REPLACE VIEW khuyenhoc.national_rollup AS
WITH sums AS (
  SELECT
    year,
    indicator,
    SUM(communes_counted) AS communes_counted,
    SUM(communes_with_errors) AS communes_with_errors,
    SUM(not_computable) AS not_computable,
    SUM(numerator) AS numerator,
    SUM(denominator) AS denominator,
    SUM(evidence) AS evidence,
    SUM(evidence_base) AS evidence_base,
    COUNT(*) AS provinces
  FROM khuyenhoc.province_rollup
  GROUP BY year, indicator
)
SELECT
  year,
  indicator,
  provinces,
  communes_counted,
  communes_with_errors,
  not_computable,
  numerator,
  denominator,
  CASE WHEN denominator > 0
    THEN CAST(FLOOR((2000 * numerator + denominator) / (2 * denominator)) AS INT64) END AS percent_tenths,
  evidence,
  evidence_base
FROM sums;
