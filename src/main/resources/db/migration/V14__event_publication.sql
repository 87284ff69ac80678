-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.0.3, entity JpaEventPublication):
-- each event for an @ApplicationModuleListener is stored with the change that published it and deleted once the
-- listener has finished (completion mode "delete"), so the table holds only work not yet done or failed.
-- docs/decisions/membership-events-after-commit.md
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp with time zone
);
