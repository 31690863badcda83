-- Forecasts made from a symbol's history: one row per symbol, interval, origin (the last session
-- the model saw), method and step ahead; making the same forecast again replaces it.
CREATE TABLE forecasts (
  symbol       VARCHAR   NOT NULL,
  bar_interval VARCHAR   NOT NULL,
  origin       DATE      NOT NULL,
  method       VARCHAR   NOT NULL,
  model        VARCHAR   NOT NULL,
  step         INTEGER   NOT NULL CHECK (step >= 1),
  target       DATE      NOT NULL,
  mean         DOUBLE PRECISION NOT NULL,
  lower80      DOUBLE PRECISION NOT NULL,
  upper80      DOUBLE PRECISION NOT NULL,
  lower95      DOUBLE PRECISION NOT NULL,
  upper95      DOUBLE PRECISION NOT NULL,
  made_at      TIMESTAMP NOT NULL,
  PRIMARY KEY (symbol, bar_interval, origin, method, step)
);
