-- "Forgot your password?": one row per request. The link's token is made when the mail is sent and only its
-- SHA-256 hash is kept (null until then). A link works once, for 30 minutes, and a newer request supersedes it
-- (docs/decisions/password-reset-by-mail.md). Deleting the account deletes its resets.
create table password_reset (
    id            uuid                     not null primary key,
    account_id    uuid                     not null references account (id) on delete cascade,
    token_hash    varchar(64),
    requested_at  timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    superseded_at timestamp with time zone,
    version       bigint                   not null default 0,
    constraint password_reset_token_hash_unique unique (token_hash)
);

create index password_reset_account on password_reset (account_id, requested_at);
