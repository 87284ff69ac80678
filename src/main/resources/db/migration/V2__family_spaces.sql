-- A family's private space, its members and their roles, invitations, and the audit log of membership changes.
create table family_space (
    id                    uuid                     not null primary key,
    name                  varchar(80)              not null,
    baby_name             varchar(80),
    baby_date             date,
    baby_born             boolean                  not null default false,
    time_zone             varchar(64)              not null,
    diet_notes            varchar(1000),
    drop_off_notes        varchar(1000),
    quiet_hours           varchar(200),
    address               varchar(500),
    organizers_may_invite boolean                  not null default false,
    created_at            timestamp with time zone not null,
    version               bigint                   not null default 0
);

create table membership (
    id              uuid                     not null primary key,
    space_id        uuid                     not null references family_space (id) on delete cascade,
    account_id      uuid                     not null references account (id) on delete cascade,
    role            varchar(16)              not null,
    relationship    varchar(60),
    joined_at       timestamp with time zone not null,
    last_visited_at timestamp with time zone,
    version         bigint                   not null default 0,
    constraint membership_one_per_person unique (space_id, account_id)
);
create index membership_by_account on membership (account_id);

-- Only a SHA-256 hash of each invitation token is stored; the token itself lives only in the link.
create table invitation (
    id           uuid                     not null primary key,
    space_id     uuid                     not null references family_space (id) on delete cascade,
    invited_by   uuid                     references account (id) on delete set null,
    invited_by_name varchar(80)           not null,
    invitee_name varchar(80)              not null,
    relationship varchar(60),
    role         varchar(16)              not null,
    email        varchar(254),
    message      varchar(1000),
    token_hash   varchar(64)              not null,
    status       varchar(16)              not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    responded_at timestamp with time zone,
    accepted_by  uuid                     references account (id) on delete set null,
    version      bigint                   not null default 0,
    constraint invitation_token_unique unique (token_hash)
);
create index invitation_by_space on invitation (space_id);

-- Names are copied in, so the log stays readable after someone leaves or deletes her account.
create table membership_event (
    id           uuid                     not null primary key,
    space_id     uuid                     not null references family_space (id) on delete cascade,
    occurred_at  timestamp with time zone not null,
    actor_name   varchar(80),
    subject_name varchar(80)              not null,
    action       varchar(32)              not null,
    detail       varchar(200)
);
create index membership_event_by_space on membership_event (space_id, occurred_at);

-- Mail waiting for delivery (delivery itself arrives with the notification feature).
create table outgoing_email (
    id         uuid                     not null primary key,
    to_address varchar(254)             not null,
    subject    varchar(200)             not null,
    body       varchar(4000)            not null,
    created_at timestamp with time zone not null,
    sent_at    timestamp with time zone
);
