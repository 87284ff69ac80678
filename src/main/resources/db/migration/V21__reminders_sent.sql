-- One row per reminder Village recorded: a person, the shift or task, the start time it was for, and which of her
-- moments (the evening before, or shortly before the start). The unique key makes each reminder exactly once, even
-- with two app instances or a restart between recording and sending; a new start time is a new key, so a moved
-- item gets a fresh reminder. docs/decisions/reminders-exactly-once.md
create table reminder_sent (
    id          uuid                     not null primary key,
    account_id  uuid                     not null references account (id) on delete cascade,
    item_kind   varchar(16)              not null,
    item_id     uuid                     not null,
    starts_at   timestamp with time zone not null,
    moment      varchar(16)              not null,
    recorded_at timestamp with time zone not null,
    constraint reminder_sent_once unique (account_id, item_kind, item_id, starts_at, moment)
);

-- The reminder job looks for places and taken tasks by when they start, across all families.
create index shift_signup_by_start on shift_signup (starts_at);
create index care_task_by_due_date on care_task (due_date);
