-- Point-in-time universes: each stored universe's membership history, one row per interval during
-- which a symbol belonged to it, from from_date inclusive to to_date exclusive (NULL while it
-- still does), with the sector it was classified in then ('' when unknown).
CREATE TABLE universe_members (
  universe  TEXT NOT NULL,
  symbol    TEXT NOT NULL,
  from_date DATE NOT NULL,
  to_date   DATE,
  sector    TEXT NOT NULL,
  PRIMARY KEY (universe, symbol, from_date)
);
