-- Users (BCrypt password hashes) and their rotating refresh tokens (stored as SHA-256 hashes).
CREATE SEQUENCE users_id_seq;
CREATE TABLE users (
  id            BIGINT PRIMARY KEY DEFAULT nextval('users_id_seq'),
  username      VARCHAR   NOT NULL UNIQUE,
  password_hash VARCHAR   NOT NULL,
  role          VARCHAR   NOT NULL CHECK (role IN ('user', 'premium', 'admin')),
  created_at    TIMESTAMP NOT NULL
);

CREATE TABLE refresh_tokens (
  token_hash VARCHAR   PRIMARY KEY,
  user_id    BIGINT    NOT NULL,
  family     VARCHAR   NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used       BOOLEAN   NOT NULL,
  revoked    BOOLEAN   NOT NULL
);
