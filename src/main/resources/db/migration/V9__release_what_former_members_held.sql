-- Before membership ended released anything (issue 11, item 2), people who left or were removed kept their
-- unfinished tasks and their places on coming shifts, and a deleted account's sign-ups went (on delete
-- cascade) while the shifts kept counting them: filled, with nobody on them. This puts right what is already
-- stored the way the app now does it when a membership ends. Done tasks and shifts that have started keep
-- what they have: they are the record of who did the work. Cancelled shifts are left alone.

-- Unfinished tasks, and repeating tasks, of people no longer in the task's space go back up for the others.
update care_task set assignee_id = null, version = version + 1
where assignee_id is not null and done_at is null
  and not exists (select 1 from membership
                  where membership.space_id = care_task.space_id and membership.account_id = care_task.assignee_id);

update care_task_series set assignee_id = null, version = version + 1
where assignee_id is not null
  and not exists (select 1 from membership
                  where membership.space_id = care_task_series.space_id
                    and membership.account_id = care_task_series.assignee_id);

-- Places on coming shifts held by people no longer in the shift's space are freed.
delete from shift_signup
where exists (select 1 from care_shift
              where care_shift.id = shift_signup.shift_id and care_shift.starts_at > current_timestamp
                and not exists (select 1 from membership
                                where membership.space_id = care_shift.space_id
                                  and membership.account_id = shift_signup.account_id));

-- A coming shift counts exactly the people signed up for it.
update care_shift set taken = (select count(*) from shift_signup where shift_signup.shift_id = care_shift.id),
                      version = version + 1
where starts_at > current_timestamp and cancelled_at is null
  and taken <> (select count(*) from shift_signup where shift_signup.shift_id = care_shift.id);
