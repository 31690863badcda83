-- Users' profiles (absent until a user saves one) and their named watchlists of symbols, each
-- list and each symbol kept at a position (0, 1, ...) in its owner's order.
CREATE TABLE user_profiles (
  user_id      BIGINT    PRIMARY KEY,
  display_name VARCHAR   NOT NULL,
  email        VARCHAR,
  time_zone    VARCHAR   NOT NULL,
  updated_at   TIMESTAMP NOT NULL
);

CREATE SEQUENCE watchlists_id_seq;
CREATE TABLE watchlists (
  id         BIGINT PRIMARY KEY DEFAULT nextval('watchlists_id_seq'),
  user_id    BIGINT    NOT NULL,
  name       VARCHAR   NOT NULL,
  position   INTEGER   NOT NULL,
  created_at TIMESTAMP NOT NULL,
  UNIQUE (user_id, name)
);

CREATE TABLE watchlist_symbols (
  watchlist_id BIGINT    NOT NULL,
  symbol       VARCHAR   NOT NULL,
  position     INTEGER   NOT NULL,
  added_at     TIMESTAMP NOT NULL,
  PRIMARY KEY (watchlist_id, symbol)
);
