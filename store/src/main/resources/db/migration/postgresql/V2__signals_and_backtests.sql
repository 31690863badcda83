-- Composite signals (one per strategy, symbol and session) and stored backtest results.
CREATE TABLE signals (
  strategy     TEXT             NOT NULL,
  symbol       TEXT             NOT NULL,
  session_date DATE             NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  action       TEXT             NOT NULL CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  confidence   DOUBLE PRECISION NOT NULL,
  reasons      TEXT             NOT NULL,
  PRIMARY KEY (strategy, symbol, session_date)
);
CREATE INDEX signals_by_date ON signals (session_date);

CREATE TABLE backtests (
  id          BIGSERIAL PRIMARY KEY,
  strategy    TEXT      NOT NULL,
  parameters  TEXT      NOT NULL,
  created_at  TIMESTAMP NOT NULL,
  result_json TEXT      NOT NULL
);
