-- Alerts raised by the streaming pipeline; one row per symbol, interval, bar and rule.
CREATE SEQUENCE alerts_id_seq;
CREATE TABLE alerts (
  id           BIGINT PRIMARY KEY DEFAULT nextval('alerts_id_seq'),
  symbol       VARCHAR   NOT NULL,
  bar_interval VARCHAR   NOT NULL,
  ts           TIMESTAMP NOT NULL,
  rule         VARCHAR   NOT NULL,
  severity     VARCHAR   NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
  message      VARCHAR   NOT NULL,
  value        DOUBLE,
  acknowledged BOOLEAN   NOT NULL DEFAULT FALSE,
  UNIQUE (symbol, bar_interval, ts, rule)
);
