-- Reminders name their item's check (reminder.ReminderStillStands, a LetterCheck) instead of a secret: nothing
-- secret was ever in them. Reminders recorded before, not sent yet, move over so they are still checked and sent.
update outgoing_email
   set check_purpose = secret_purpose, check_subject = secret_subject, secret_purpose = null, secret_subject = null
 where secret_purpose = 'reminder' and sent_at is null and withdrawn_at is null and given_up_at is null;
