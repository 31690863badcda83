-- Per-symbol summary of the daily bars, maintained by every bar upsert, so that a data summary
-- reads one row per symbol instead of scanning every bar.
CREATE TABLE daily_summary (
  symbol        TEXT   PRIMARY KEY,
  bars          BIGINT NOT NULL,
  first_session DATE   NOT NULL,
  last_session  DATE   NOT NULL
);

INSERT INTO daily_summary
SELECT symbol, count(*), min(session_date), max(session_date)
FROM bars WHERE bar_interval = '1d' GROUP BY symbol;
