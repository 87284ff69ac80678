-- Family updates (issue 14): short news a member posts to her family. An update goes with its space and with its
-- poster's account; hearts go with the update and with the account of who gave them.
create table family_update (
    id         uuid                     not null primary key,
    space_id   uuid                     not null references family_space (id) on delete cascade,
    poster_id  uuid                     not null references account (id) on delete cascade,
    body       varchar(1000)            not null,
    posted_at  timestamp with time zone not null,
    edited_at  timestamp with time zone,
    version    bigint                   not null default 0
);

create index family_update_newest on family_update (space_id, posted_at, id);

create table update_heart (
    update_id  uuid                     not null references family_update (id) on delete cascade,
    account_id uuid                     not null references account (id) on delete cascade,
    hearted_at timestamp with time zone not null,
    primary key (update_id, account_id)
);

create index update_heart_account on update_heart (account_id);

-- At most one pinned update per space: the space is the key.
create table pinned_update (
    space_id  uuid                     not null primary key references family_space (id) on delete cascade,
    update_id uuid                     not null unique references family_update (id) on delete cascade,
    pinned_by uuid                     references account (id) on delete set null,
    pinned_at timestamp with time zone not null
);
