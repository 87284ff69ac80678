-- The country of a family space (ISO 3166 alpha-2), for the help lines Get help now shows. Spaces made
-- before it could be chosen were all in the United States; the column stays nullable, read as 'US'.
alter table family_space add column country varchar(2);
update family_space set country = 'US';
