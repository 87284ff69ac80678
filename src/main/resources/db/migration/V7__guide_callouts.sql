-- The guide's callouts each person has hidden for herself; remembered per account, so on every device.
create table guide_callout_hidden (
    account_id uuid                     not null references account (id) on delete cascade,
    callout    varchar(40)              not null,
    hidden_at  timestamp with time zone not null,
    primary key (account_id, callout)
);
