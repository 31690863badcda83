-- BreadthFlow market schema (PostgreSQL). Timestamps are UTC, stored without time zone.
CREATE TABLE instruments (
  symbol   TEXT PRIMARY KEY,
  name     TEXT NOT NULL DEFAULT '',
  sector   TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  exchange TEXT NOT NULL DEFAULT ''
);

CREATE TABLE bars (
  symbol       TEXT             NOT NULL,
  bar_interval TEXT             NOT NULL,
  ts           TIMESTAMP        NOT NULL,
  session_date DATE             NOT NULL,
  open         DOUBLE PRECISION NOT NULL,
  high         DOUBLE PRECISION NOT NULL,
  low          DOUBLE PRECISION NOT NULL,
  close        DOUBLE PRECISION NOT NULL,
  volume       DOUBLE PRECISION NOT NULL,
  vwap         DOUBLE PRECISION,
  trade_count  BIGINT,
  PRIMARY KEY (symbol, bar_interval, ts)
);
CREATE INDEX bars_ts_brin ON bars USING BRIN (ts);

CREATE TABLE quarantine (
  id             BIGSERIAL PRIMARY KEY,
  source         TEXT      NOT NULL,
  symbol         TEXT,
  raw_record     TEXT      NOT NULL,
  reason         TEXT      NOT NULL,
  quarantined_at TIMESTAMP NOT NULL,
  UNIQUE (source, raw_record, reason)
);

CREATE TABLE pipeline_runs (
  id          BIGSERIAL PRIMARY KEY,
  command     TEXT      NOT NULL,
  parameters  TEXT      NOT NULL,
  status      TEXT      NOT NULL,
  started_at  TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  duration_ms BIGINT,
  error       TEXT,
  counts      TEXT
);

CREATE TABLE corporate_actions (
  symbol  TEXT             NOT NULL,
  ex_date DATE             NOT NULL,
  kind    TEXT             NOT NULL CHECK (kind IN ('split', 'dividend')),
  amount  DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (symbol, ex_date, kind)
);
