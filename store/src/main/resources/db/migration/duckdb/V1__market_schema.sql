-- BreadthFlow market schema (DuckDB). Timestamps are UTC, stored without time zone.
CREATE TABLE instruments (
  symbol   VARCHAR PRIMARY KEY,
  name     VARCHAR NOT NULL DEFAULT '',
  sector   VARCHAR NOT NULL DEFAULT '',
  industry VARCHAR NOT NULL DEFAULT '',
  exchange VARCHAR NOT NULL DEFAULT ''
);

CREATE TABLE bars (
  symbol       VARCHAR   NOT NULL,
  bar_interval VARCHAR   NOT NULL,
  ts           TIMESTAMP NOT NULL,
  session_date DATE      NOT NULL,
  open         DOUBLE    NOT NULL,
  high         DOUBLE    NOT NULL,
  low          DOUBLE    NOT NULL,
  close        DOUBLE    NOT NULL,
  volume       DOUBLE    NOT NULL,
  vwap         DOUBLE,
  trade_count  BIGINT,
  PRIMARY KEY (symbol, bar_interval, ts)
);

-- Appender target for bulk loads; merged into bars, then emptied.
CREATE TABLE bars_staging (
  symbol       VARCHAR,
  bar_interval VARCHAR,
  ts           TIMESTAMP,
  session_date DATE,
  open         DOUBLE,
  high         DOUBLE,
  low          DOUBLE,
  close        DOUBLE,
  volume       DOUBLE,
  vwap         DOUBLE,
  trade_count  BIGINT
);

CREATE SEQUENCE quarantine_id_seq;
CREATE TABLE quarantine (
  id             BIGINT PRIMARY KEY DEFAULT nextval('quarantine_id_seq'),
  source         VARCHAR   NOT NULL,
  symbol         VARCHAR,
  raw_record     VARCHAR   NOT NULL,
  reason         VARCHAR   NOT NULL,
  quarantined_at TIMESTAMP NOT NULL,
  UNIQUE (source, raw_record, reason)
);

CREATE SEQUENCE pipeline_runs_id_seq;
CREATE TABLE pipeline_runs (
  id          BIGINT PRIMARY KEY DEFAULT nextval('pipeline_runs_id_seq'),
  command     VARCHAR   NOT NULL,
  parameters  VARCHAR   NOT NULL,
  status      VARCHAR   NOT NULL,
  started_at  TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  duration_ms BIGINT,
  error       VARCHAR,
  counts      VARCHAR
);

CREATE TABLE corporate_actions (
  symbol  VARCHAR NOT NULL,
  ex_date DATE    NOT NULL,
  kind    VARCHAR NOT NULL CHECK (kind IN ('split', 'dividend')),
  amount  DOUBLE  NOT NULL,
  PRIMARY KEY (symbol, ex_date, kind)
);
