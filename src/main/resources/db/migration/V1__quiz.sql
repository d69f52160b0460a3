-- Quiz sessions, the questions asked in them, every answer click, and the flags users raise.
-- Written once for SQLite and PostgreSQL: portable types only (TEXT, INTEGER/BIGINT, no vendor functions).

CREATE TABLE quiz_session (
    id            TEXT PRIMARY KEY,
    guild_id      TEXT,                 -- null for a solo quiz in a direct message
    channel_id    TEXT NOT NULL,
    starter_id    TEXT NOT NULL,
    seed          BIGINT NOT NULL,      -- reproduces the question order
    question_count INTEGER NOT NULL,
    seconds       INTEGER,              -- null when the host paces the quiz
    status        TEXT NOT NULL,        -- running, finished, stopped, interrupted
    current_index INTEGER NOT NULL,
    started_at    BIGINT NOT NULL,      -- epoch milliseconds
    ended_at      BIGINT
);

CREATE TABLE quiz_question (
    session_id    TEXT NOT NULL REFERENCES quiz_session (id),
    question_index INTEGER NOT NULL,
    fact_id       TEXT NOT NULL,
    topic         TEXT NOT NULL,
    prompt        TEXT NOT NULL,
    options       TEXT NOT NULL,        -- the four options, one per line, in shown order
    correct_option INTEGER NOT NULL,    -- 0 to 3
    asked_at      BIGINT NOT NULL,
    revealed_at   BIGINT,
    PRIMARY KEY (session_id, question_index)
);

CREATE TABLE quiz_answer (
    session_id    TEXT NOT NULL,
    question_index INTEGER NOT NULL,
    user_id       TEXT NOT NULL,
    guild_id      TEXT,
    chosen_option INTEGER NOT NULL,
    correct       INTEGER NOT NULL,     -- 1 or 0
    points        INTEGER NOT NULL,
    answered_at   BIGINT NOT NULL,
    PRIMARY KEY (session_id, question_index, user_id),   -- one recorded answer per user per question
    FOREIGN KEY (session_id, question_index) REFERENCES quiz_question (session_id, question_index)
);

CREATE INDEX quiz_answer_by_guild_time ON quiz_answer (guild_id, answered_at);
CREATE INDEX quiz_answer_by_user ON quiz_answer (user_id, answered_at);

CREATE TABLE quiz_flag (
    session_id    TEXT NOT NULL,
    question_index INTEGER NOT NULL,
    user_id       TEXT NOT NULL,
    guild_id      TEXT,
    fact_id       TEXT NOT NULL,
    flagged_at    BIGINT NOT NULL,
    PRIMARY KEY (session_id, question_index, user_id)
);
