-- Up to 4 photos on a family update (issue 14), in the order she added them. A link goes with its update (and so
-- with the update's space or poster's account) and with its photo; deleting an update deletes its photos in the
-- same transaction, and a photo whose sharer's account is deleted takes its link along
-- (docs/decisions/photos-on-updates.md).
create table family_update_photo (
    photo_id    uuid    not null primary key references photo (id) on delete cascade,
    update_id   uuid    not null references family_update (id) on delete cascade,
    photo_order integer not null,
    constraint family_update_photo_in_order unique (update_id, photo_order)
);
