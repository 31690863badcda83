-- Users' personal alert rules; the condition's parameters are a JSON object of its kind.
CREATE TABLE alert_rules (
  id               BIGSERIAL PRIMARY KEY,
  user_id          BIGINT    NOT NULL,
  name             VARCHAR   NOT NULL,
  target_kind      VARCHAR   NOT NULL CHECK (target_kind IN ('symbol', 'watchlist', 'universe')),
  target_value     VARCHAR   NOT NULL,
  condition_kind   VARCHAR   NOT NULL,
  parameters       VARCHAR   NOT NULL,
  bar_interval     VARCHAR   NOT NULL,
  cooldown_seconds BIGINT    NOT NULL CHECK (cooldown_seconds >= 0),
  active_from      VARCHAR   NOT NULL,
  active_to        VARCHAR   NOT NULL,
  zone             VARCHAR   NOT NULL,
  channels         VARCHAR   NOT NULL,
  status           VARCHAR   NOT NULL CHECK (status IN ('active', 'paused')),
  created_at       TIMESTAMP NOT NULL DEFAULT now(),
  updated_at       TIMESTAMP NOT NULL DEFAULT now()
);
CREATE INDEX alert_rules_user ON alert_rules (user_id);
