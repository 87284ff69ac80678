-- Deleting an account cascades to its updates (V27): without this index each deletion scans every space's updates.
create index family_update_poster on family_update (poster_id);
