-- The notification outbox (#17): rule firings, one notification per firing and channel, and each
-- user's delivery preferences. A firing is recorded once (its key), so it is delivered once.
CREATE TABLE rule_firings (
  firing_key   VARCHAR   PRIMARY KEY,
  rule_id      BIGINT    NOT NULL,
  user_id      BIGINT    NOT NULL,
  rule_name    VARCHAR   NOT NULL,
  symbol       VARCHAR   NOT NULL,
  bar_interval VARCHAR   NOT NULL,
  bar_time     TIMESTAMP NOT NULL,
  close        DOUBLE,
  value        DOUBLE,
  message      VARCHAR   NOT NULL,
  fired_at     TIMESTAMP NOT NULL
);

CREATE SEQUENCE notifications_id_seq;
CREATE TABLE notifications (
  id              BIGINT    PRIMARY KEY DEFAULT nextval('notifications_id_seq'),
  user_id         BIGINT    NOT NULL,
  firing_key      VARCHAR   NOT NULL,
  channel         VARCHAR   NOT NULL CHECK (channel IN ('in_app', 'webhook', 'email')),
  status          VARCHAR   NOT NULL
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'RETRYING', 'DEAD', 'SKIPPED', 'DIGESTED')),
  attempts        INTEGER   NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP NOT NULL,
  lease_until     TIMESTAMP,
  last_error      VARCHAR,
  digest_key      VARCHAR,
  created_at      TIMESTAMP NOT NULL,
  sent_at         TIMESTAMP,
  read_at         TIMESTAMP,
  UNIQUE (firing_key, channel)
);

CREATE TABLE notification_preferences (
  user_id          BIGINT    PRIMARY KEY,
  in_app_enabled   BOOLEAN   NOT NULL,
  webhook_enabled  BOOLEAN   NOT NULL,
  email_enabled    BOOLEAN   NOT NULL,
  webhook_url      VARCHAR,
  webhook_template VARCHAR,
  webhook_secret   VARCHAR,
  email_override   VARCHAR,
  quiet_from       TIME,
  quiet_to         TIME,
  max_per_hour     INTEGER   NOT NULL,
  updated_at       TIMESTAMP NOT NULL
);
