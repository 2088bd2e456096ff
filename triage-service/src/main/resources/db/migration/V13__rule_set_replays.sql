-- A rule set is activated only after it was replayed against past cases: the report that showed what it would change
-- is kept, with who made it and when, so that an activation can always be traced to the evidence it rested on.
create table rule_set_replay (
    id         bigint generated always as identity primary key,
    version    integer     not null references rule_set (version),
    made_at    timestamptz not null,
    made_by    text        not null,
    report     jsonb       not null
);
create index rule_set_replay_version on rule_set_replay (version, made_at);
