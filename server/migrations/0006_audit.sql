-- X-4: the HTML alternative of each queued email, generated from the same translated
-- text when it is queued (the secret link, if any, stands as the same placeholder as in
-- `body_text` and is put back only when sending). NULL for emails queued before.
ALTER TABLE outbox ADD COLUMN body_html TEXT;
