-- Help beyond the six organisations: a referral onward (mental-health care, the GP, a police report, Perspectief
-- Herstelbemiddeling, the municipality's Wmo support) with the days it was asked, accepted and started, or why it
-- failed. No free text: the waiting times are the point, and the story stays with the case. The region is the
-- case's, kept here so that the waiting times per region need no join.
create table onward_referral (
    id             uuid primary key,
    case_id        uuid        not null references triage_case (id) on delete cascade,
    kind           text        not null,
    region         text,
    referred_by    text        not null,
    asked_on       date        not null,
    accepted_on    date,
    started_on     date,
    failed_on      date,
    failure_reason text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    constraint onward_referral_in_order check (
        (accepted_on is null or accepted_on >= asked_on)
        and (started_on is null or started_on >= coalesce(accepted_on, asked_on))
        and (failed_on is null or (failed_on >= asked_on and started_on is null and failure_reason is not null)))
);
create index onward_referral_case on onward_referral (case_id);
create index onward_referral_started on onward_referral (kind, region, started_on);
