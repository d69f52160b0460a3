-- At most one running quiz per channel, whichever process starts it: starting is one insert that this index lets
-- through once. Written once for SQLite and PostgreSQL (both have partial unique indexes).

-- Earlier versions checked and then inserted, so two quizzes may run in one channel: all but the newest stop.
UPDATE quiz_session SET status = 'interrupted'
WHERE status = 'running' AND EXISTS (
    SELECT 1 FROM quiz_session newer
    WHERE newer.channel_id = quiz_session.channel_id AND newer.status = 'running'
      AND (newer.started_at > quiz_session.started_at
           OR (newer.started_at = quiz_session.started_at AND newer.id > quiz_session.id)));

CREATE UNIQUE INDEX quiz_session_one_running_per_channel ON quiz_session (channel_id) WHERE status = 'running';
