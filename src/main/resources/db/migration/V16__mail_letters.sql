-- Messages are stored as letters (template + values) and rendered only when sent, so a secret such as an
-- invitation link is made at sending time and never stored (docs/decisions/mail-rendered-at-sending.md).
-- Rows from before keep their subject and body and are sent as plain text.
alter table outgoing_email alter column subject drop not null;
alter table outgoing_email alter column body drop not null;
alter table outgoing_email add column recipient_account_id uuid;
alter table outgoing_email add column kind varchar(20) default 'MEMBERSHIP' not null;
alter table outgoing_email add column template varchar(60);
alter table outgoing_email add column template_values varchar(16000);
alter table outgoing_email add column family_name varchar(80);
alter table outgoing_email add column secret_purpose varchar(40);
alter table outgoing_email add column secret_subject uuid;
alter table outgoing_email add column about varchar(200);
-- Withdrawn before it was sent (the shift was cancelled, the account deleted): kept for the record, never sent.
alter table outgoing_email add column withdrawn_at timestamp with time zone;

create index outgoing_email_recipient on outgoing_email (recipient_account_id);
create index outgoing_email_about on outgoing_email (about);
