-- What must still be true when a letter is sent (notification.LetterCheck): the reminder's item still stands, the
-- recipient is still in the family. Checked at sending time; a letter no longer true is withdrawn.
alter table outgoing_email add column check_purpose varchar(40);
alter table outgoing_email add column check_subject uuid;
