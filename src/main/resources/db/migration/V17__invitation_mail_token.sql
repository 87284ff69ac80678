-- The invitation mail's own link: its token is made when the mail is sent (docs/decisions/mail-rendered-at-sending.md)
-- and only its hash is kept here, beside the copy-link's hash, so either link opens the invitation.
alter table invitation add column mail_token_hash varchar(64);
alter table invitation add constraint invitation_mail_token_unique unique (mail_token_hash);
