-- A mailed 6-digit code now confirms a new address for an existing account too, not only a sign-up
-- (docs/decisions/email-address-change.md). Both wait in one table, told apart by kind: a sign-up keeps the
-- name and password hash the account will be made of, an address change the account it moves.
alter table pending_sign_up rename to pending_code;
alter index pending_sign_up_expires rename to pending_code_expires;
alter table pending_code add column kind varchar(20) default 'sign-up' not null;
alter table pending_code add column account_id uuid;
alter table pending_code alter column display_name drop not null;
alter table pending_code alter column password_hash drop not null;

create index pending_code_account on pending_code (account_id);
