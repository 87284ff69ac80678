-- Keys the server keeps for itself, such as the one that signs the device cookies of browsers she has signed in
-- with. In the database, so a restart or a second instance signs and checks with the same key.
create table server_key (
    name       varchar(40)  not null primary key,
    key_value  varchar(100) not null
);
