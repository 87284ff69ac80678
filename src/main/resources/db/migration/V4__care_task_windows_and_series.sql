-- Time windows, repeating tasks, and what the fair-share picture and the task views read.
-- A series holds the rule and the current wording; each occurrence is an ordinary care_task row that is
-- claimed on its own and keeps its own history once done.
create table care_task_series (
    id                uuid                     not null primary key,
    space_id          uuid                     not null references family_space (id) on delete cascade,
    title             varchar(120)             not null,
    category          varchar(32)              not null,
    notes             varchar(2000),
    start_time        time,
    end_time          time,
    effort_minutes    integer                  not null,
    repeat_kind       varchar(16)              not null,
    weekdays          integer                  not null default 0,
    every_days        integer                  not null default 1,
    starts_on         date                     not null,
    ends_on           date,
    generated_through date                     not null,
    assignee_id       uuid                     references account (id) on delete set null,
    created_by        uuid                     references account (id) on delete set null,
    created_at        timestamp with time zone not null,
    version           bigint                   not null default 0
);
create index care_task_series_by_space on care_task_series (space_id);
create index care_task_series_by_generation on care_task_series (generated_through);

alter table care_task add column series_id uuid references care_task_series (id) on delete set null;
alter table care_task add column start_time time;
alter table care_task add column end_time time;
-- Decided when the task is marked done: its window (or the moment it was done) fell between 22:00 and 06:00.
alter table care_task add column night_work boolean not null default false;

create index care_task_by_series on care_task (series_id, due_date);
-- "Today" reads a member's unfinished tasks (done_at is null) by assignee and due date; fair share reads what
-- was done since a moment. One index serves both, with done_at right after the space: the unfinished rows of
-- one person (or the open ones) sit together, so Today reads only the rows it shows, however long the history
-- (an index on (space_id, done_at) alone made H2 scan every unfinished task of the space; see
-- docs/performance.md).
create index care_task_by_space_done_assignee on care_task (space_id, done_at, assignee_id, due_date);

-- Days of a series someone deleted or moved on their own: a later change to the whole series must not
-- bring them back.
create table care_task_series_skip (
    series_id uuid not null references care_task_series (id) on delete cascade,
    skipped_day date not null,
    primary key (series_id, skipped_day)
);
