-- The bell (issue 14): what concerns one person, kept 60 days. An entry goes with her account and with its space.
-- shows_from is when it may show (the end of her sleep window or quiet hours when it came inside one).
-- unread_key is "kind:subject" while the entry is unread and null once read: at most one unread entry per person
-- and thing, so a re-delivered event updates that entry instead of ringing twice.
create table bell_entry (
    id           uuid                     not null primary key,
    recipient_id uuid                     not null references account (id) on delete cascade,
    space_id     uuid                     not null references family_space (id) on delete cascade,
    kind         varchar(30)              not null,
    subject_id   uuid                     not null,
    family_name  varchar(200)             not null,
    family_zone  varchar(64)              not null,
    message      varchar(300)             not null,
    link         varchar(300)             not null,
    created_at   timestamp with time zone not null,
    shows_from   timestamp with time zone not null,
    read_at      timestamp with time zone,
    unread_key   varchar(100),
    constraint bell_entry_one_unread_per_thing unique (recipient_id, unread_key)
);

create index bell_entry_recipient_shows on bell_entry (recipient_id, shows_from);
create index bell_entry_space_recipient on bell_entry (space_id, recipient_id);
create index bell_entry_created on bell_entry (created_at);
