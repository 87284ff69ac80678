-- With mail on, sign-up confirms the address with a 6-digit code before an account opens
-- (docs/decisions/sign-up-confirms-the-address.md). Only the code's hash is kept, made when the mail is sent; a row
-- ends after 5 wrong codes or 30 minutes. The password is kept as the same Argon2id hash an account keeps.
create table pending_sign_up (
    id            uuid                     not null primary key,
    email         varchar(254)             not null,
    display_name  varchar(80)              not null,
    password_hash varchar(255)             not null,
    code_hash     varchar(64),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    wrong_codes   integer                  not null default 0
);

create index pending_sign_up_expires on pending_sign_up (expires_at);
