-- A night Village keeps open for her sleep carries a note it wrote from her sleep window ("So she can sleep: her
-- window is 11:00 PM to 4:00 AM."). A new window rewrites that note, never one an organizer wrote instead. The
-- words themselves used to tell the two apart; from now on this column does, so the wording may change freely.
alter table care_shift add column sleep_window_note boolean default false not null;

update care_shift set sleep_window_note = true
where protected_sleep = true and notes like 'So she can sleep: her window is %';
