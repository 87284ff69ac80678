-- Repeating shifts: the same rule columns as care_task_series (see RepeatRule), so shifts repeat exactly like
-- tasks. Each day becomes an ordinary care_shift row that people sign up for on its own.
create table care_shift_series (
    id                uuid                     not null primary key,
    space_id          uuid                     not null references family_space (id) on delete cascade,
    kind              varchar(16)              not null,
    notes             varchar(2000),
    -- Wall-clock times in the family's time zone; an end at or before the start is the next morning.
    start_time        time                     not null,
    end_time          time                     not null,
    capacity          integer                  not null,
    repeat_kind       varchar(16)              not null,
    weekdays          integer                  not null default 0,
    every_days        integer                  not null default 1,
    starts_on         date                     not null,
    ends_on           date,
    generated_through date                     not null,
    created_by        uuid                     references account (id) on delete set null,
    created_at        timestamp with time zone not null,
    version           bigint                   not null default 0
);
create index care_shift_series_by_space on care_shift_series (space_id);
create index care_shift_series_by_generation on care_shift_series (generated_through);

alter table care_shift add column series_id uuid references care_shift_series (id) on delete set null;
create index care_shift_by_series on care_shift (series_id, start_day);

-- Days of a series someone cancelled or changed on their own: a later change to the whole series leaves them be.
create table care_shift_series_skip (
    series_id   uuid not null references care_shift_series (id) on delete cascade,
    skipped_day date not null,
    primary key (series_id, skipped_day)
);
