-- Composite signals (one per strategy, symbol and session) and stored backtest results.
CREATE TABLE signals (
  strategy     VARCHAR NOT NULL,
  symbol       VARCHAR NOT NULL,
  session_date DATE    NOT NULL,
  score        DOUBLE  NOT NULL,
  action       VARCHAR NOT NULL CHECK (action IN ('BUY', 'SELL', 'HOLD')),
  confidence   DOUBLE  NOT NULL,
  reasons      VARCHAR NOT NULL,
  PRIMARY KEY (strategy, symbol, session_date)
);

CREATE TABLE signals_staging (
  strategy     VARCHAR,
  symbol       VARCHAR,
  session_date DATE,
  score        DOUBLE,
  action       VARCHAR,
  confidence   DOUBLE,
  reasons      VARCHAR
);

CREATE SEQUENCE backtests_id_seq;
CREATE TABLE backtests (
  id          BIGINT PRIMARY KEY DEFAULT nextval('backtests_id_seq'),
  strategy    VARCHAR   NOT NULL,
  parameters  VARCHAR   NOT NULL,
  created_at  TIMESTAMP NOT NULL,
  result_json VARCHAR   NOT NULL
);
