-- Care tasks: the everyday work of the first months, taken on by claiming. One row per occurrence;
-- recurring tasks will group occurrences under a series (added with the recurrence feature).
create table care_task (
    id             uuid                     not null primary key,
    space_id       uuid                     not null references family_space (id) on delete cascade,
    title          varchar(120)             not null,
    category       varchar(32)              not null,
    notes          varchar(2000),
    due_date       date,
    effort_minutes integer                  not null,
    assignee_id    uuid                     references account (id) on delete set null,
    created_by     uuid                     references account (id) on delete set null,
    created_at     timestamp with time zone not null,
    done_at        timestamp with time zone,
    done_by        uuid                     references account (id) on delete set null,
    done_note      varchar(500),
    version        bigint                   not null default 0
);
create index care_task_by_space_due on care_task (space_id, due_date);
create index care_task_by_assignee on care_task (assignee_id);
