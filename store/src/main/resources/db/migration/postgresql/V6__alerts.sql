-- Alerts raised by the streaming pipeline; one row per symbol, interval, bar and rule.
CREATE TABLE alerts (
  id           BIGSERIAL PRIMARY KEY,
  symbol       VARCHAR          NOT NULL,
  bar_interval VARCHAR          NOT NULL,
  ts           TIMESTAMP        NOT NULL,
  rule         VARCHAR          NOT NULL,
  severity     VARCHAR          NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  message      VARCHAR          NOT NULL,
  value        DOUBLE PRECISION,
  acknowledged BOOLEAN          NOT NULL DEFAULT FALSE,
  UNIQUE (symbol, bar_interval, ts, rule)
);
CREATE INDEX alerts_ts ON alerts (ts DESC);
