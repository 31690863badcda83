-- Users' profiles (absent until a user saves one) and their named watchlists of symbols, each
-- list and each symbol kept at a position (0, 1, ...) in its owner's order.
CREATE TABLE user_profiles (
  user_id      BIGINT    PRIMARY KEY REFERENCES users (id),
  display_name TEXT      NOT NULL,
  email        TEXT,
  time_zone    TEXT      NOT NULL,
  updated_at   TIMESTAMP NOT NULL
);

CREATE TABLE watchlists (
  id         BIGSERIAL PRIMARY KEY,
  user_id    BIGINT    NOT NULL REFERENCES users (id),
  name       TEXT      NOT NULL,
  position   INTEGER   NOT NULL,
  created_at TIMESTAMP NOT NULL,
  UNIQUE (user_id, name)
);

CREATE TABLE watchlist_symbols (
  watchlist_id BIGINT    NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  symbol       TEXT      NOT NULL,
  position     INTEGER   NOT NULL,
  added_at     TIMESTAMP NOT NULL,
  PRIMARY KEY (watchlist_id, symbol)
);
