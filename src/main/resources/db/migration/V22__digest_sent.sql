-- One row per member, family space and family-time morning the daily digest was recorded for, written in the
-- same transaction as its letter: the unique key makes it once per morning, even with two app instances
-- (docs/decisions/daily-digest.md).
create table digest_sent (
    id          uuid                     not null primary key,
    space_id    uuid                     not null references family_space (id) on delete cascade,
    account_id  uuid                     not null references account (id) on delete cascade,
    local_date  date                     not null,
    sent_at     timestamp with time zone not null,
    constraint digest_sent_once unique (space_id, account_id, local_date)
);
