-- What each person wants Village to send her (the Notifications section of her account page). No row means
-- the defaults (MailPreferences.defaults()); the row goes with her account.
create table mail_preferences (
    account_id            uuid                     not null primary key references account (id) on delete cascade,
    membership            boolean                  not null,
    reminders             boolean                  not null,
    -- null: as her role suggests (on for owners and organizers)
    digest                boolean,
    changes               boolean                  not null,
    evening_before_at     time,
    before_start_minutes  integer,
    quiet_from            time,
    quiet_until           time,
    quiet_zone            varchar(60),
    updated_at            timestamp with time zone not null,
    version               bigint                   not null default 0
);

-- A message put back because her sleep window or quiet hours were on (docs/decisions/held-mail-one-summary.md):
-- when the hold ends, everything held for her goes out as one summary. held_while says which words it uses.
alter table outgoing_email add column held_since timestamp with time zone;
alter table outgoing_email add column held_while varchar(20);
