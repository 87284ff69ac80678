-- A task can be done for the mother ("Bring Maya water during the 3 a.m. feed"): she sees it but is not
-- asked to take it on, and it does not count in her fair share. Existing tasks are for anyone.
alter table care_task add column for_mother boolean default false not null;
alter table care_task_series add column for_mother boolean default false not null;
