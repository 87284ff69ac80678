-- Care shifts: blocks of time someone covers (a night so she sleeps, day help, respite, a visit), who signed
-- up, the mother's protected sleep window, respite offers, handoff notes, and personal calendar feeds.
create table care_shift (
    id             uuid                     not null primary key,
    space_id       uuid                     not null references family_space (id) on delete cascade,
    kind           varchar(16)              not null,
    notes          varchar(2000),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    -- The family's day the shift starts on, so a week is one indexed range whatever the time zone.
    start_day      date                     not null,
    capacity       integer                  not null,
    taken          integer                  not null default 0,
    activity       varchar(16),
    protected_sleep boolean                 not null default false,
    requested_by   uuid                     references account (id) on delete set null,
    created_by     uuid                     references account (id) on delete set null,
    created_at     timestamp with time zone not null,
    cancelled_at   timestamp with time zone,
    version        bigint                   not null default 0,
    constraint care_shift_capacity check (taken >= 0 and taken <= capacity)
);
create index care_shift_by_space_day on care_shift (space_id, start_day);

create table shift_signup (
    id         uuid                     not null primary key,
    shift_id   uuid                     not null references care_shift (id) on delete cascade,
    account_id uuid                     not null references account (id) on delete cascade,
    -- Copied from the shift so one person's overlapping bookings are one indexed query.
    starts_at  timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    created_at timestamp with time zone not null,
    constraint shift_signup_once unique (shift_id, account_id)
);
create index shift_signup_by_person on shift_signup (account_id, starts_at);

-- The mother's nightly sleep window, in the family's time zone; one per space.
create table sleep_window (
    space_id    uuid                     not null primary key references family_space (id) on delete cascade,
    account_id  uuid                     not null references account (id) on delete cascade,
    start_time  time                     not null,
    end_time    time                     not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);

create table respite_offer (
    id          uuid                     not null primary key,
    space_id    uuid                     not null references family_space (id) on delete cascade,
    offered_by  uuid                     not null references account (id) on delete cascade,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    note        varchar(500),
    status      varchar(16)              not null,
    shift_id    uuid                     references care_shift (id) on delete set null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);
create index respite_offer_by_space on respite_offer (space_id, status);

create table handoff_note (
    id            uuid                     not null primary key,
    shift_id      uuid                     not null references care_shift (id) on delete cascade,
    space_id      uuid                     not null references family_space (id) on delete cascade,
    author_id     uuid                     references account (id) on delete set null,
    written_at    timestamp with time zone not null,
    last_feed_at  time,
    last_feed     varchar(200),
    nappies       varchar(200),
    sleep         varchar(500),
    watch_for     varchar(2000),
    open_tasks    varchar(2000)
);
create index handoff_by_space on handoff_note (space_id, written_at);

-- A member's secret calendar address: only the SHA-256 of its token is kept.
create table calendar_feed (
    account_id  uuid                     not null primary key references account (id) on delete cascade,
    token_hash  varchar(64)              not null unique,
    created_at  timestamp with time zone not null
);
