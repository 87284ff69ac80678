-- People who can sign in. Emails are stored trimmed and lower-cased, so uniqueness is case-insensitive.
create table account (
    id                  uuid                     not null primary key,
    email               varchar(254)             not null,
    display_name        varchar(80)              not null,
    password_hash       varchar(255)             not null,
    failed_login_count  integer                  not null default 0,
    login_blocked_until timestamp with time zone,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    version             bigint                   not null default 0,
    constraint account_email_unique unique (email)
);
