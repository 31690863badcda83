-- Users (BCrypt password hashes) and their rotating refresh tokens (stored as SHA-256 hashes).
CREATE TABLE users (
  id            BIGSERIAL PRIMARY KEY,
  username      TEXT      NOT NULL UNIQUE,
  password_hash TEXT      NOT NULL,
  role          TEXT      NOT NULL CHECK (role IN ('user', 'premium', 'admin')),
  created_at    TIMESTAMP NOT NULL
);

CREATE TABLE refresh_tokens (
  token_hash TEXT      PRIMARY KEY,
  user_id    BIGINT    NOT NULL REFERENCES users (id),
  family     TEXT      NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used       BOOLEAN   NOT NULL,
  revoked    BOOLEAN   NOT NULL
);
CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family);
