-- An event about a repeating task or shift lists the ids of every day one edit touched (docs/decisions/domain-events.md):
-- a daily task laid out 56 days ahead is already some 2,300 characters of JSON, and a longer stretch
-- (village.care-tasks.days-ahead) would pass 4,000. The publication is stored in the change's own transaction, so a
-- row too long would refuse the change itself: room for ten times that.
alter table event_publication alter column serialized_event set data type varchar(40000);
