-- Family photos, re-encoded from pixels (no metadata) at most 2,048 px on the long side, with a 480 px thumbnail.
-- Kept in the database, not as files: one insert stores both images or nothing, backups and a kill -9 need no
-- second place, and the foreign keys delete a space's photos with the space and an account's with the account
-- (docs/decisions/photos-safely.md).
create table photo (
    id             uuid                     not null primary key,
    space_id       uuid                     not null references family_space (id) on delete cascade,
    uploaded_by    uuid                     not null references account (id) on delete cascade,
    uploaded_at    timestamp with time zone not null,
    width          integer                  not null,
    height         integer                  not null,
    image          bytea                    not null,
    thumbnail      bytea                    not null
);
create index photo_by_space on photo (space_id);
create index photo_by_uploader on photo (uploaded_by);
