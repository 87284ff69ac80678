-- The outbox becomes a queue that MailDelivery works through (docs/decisions/mail-delivery-queue.md).
-- A worker claims a message by a conditional update of claimed_until/claimed_by, committed before it sends,
-- so two workers on one database never send the same message. last_failure holds a reason, never an address.
alter table outgoing_email add column attempts integer default 0 not null;
alter table outgoing_email add column next_attempt_at timestamp with time zone;
update outgoing_email set next_attempt_at = created_at;
alter table outgoing_email alter column next_attempt_at set not null;
alter table outgoing_email add column last_failure varchar(300);
alter table outgoing_email add column given_up_at timestamp with time zone;
alter table outgoing_email add column claimed_until timestamp with time zone;
alter table outgoing_email add column claimed_by uuid;

create index outgoing_email_due on outgoing_email (next_attempt_at);
