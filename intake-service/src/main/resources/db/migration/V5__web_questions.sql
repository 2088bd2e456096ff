-- Questions from the public front door (help): anonymous contacts on channel WEB_QUESTION that nobody registered.
alter table contact alter column registered_by drop not null;

-- The question and its answer, each encrypted like contact details. The pickup code is kept only as a keyed hash.
-- Erased 30 days after the answer, or 60 days after the question when nobody answered (docs/intake.md).
create table web_question (
    contact_id      uuid primary key references contact (id),
    pickup_hash     varchar(64)  not null unique,
    question_enc    bytea        not null,
    answer_enc      bytea,
    answered_by     varchar(16),
    answered_at     timestamptz,
    asked_at        timestamptz  not null
);
create index web_question_asked_at on web_question (asked_at) where answered_at is null;
create index web_question_answered_at on web_question (answered_at) where answered_at is not null;
