-- Ranking reads a bounded candidate set: the newest matching documents. Frequent terms find them by reading
-- this index backwards (the newest documents first) instead of ranking every match.
CREATE INDEX search_index_recent ON search_index (generation, created_at);

-- The members whose documents are left out (not discoverable, banned, deleted): few, and a search's anti-join
-- reads only them.
CREATE INDEX search_users_hidden ON search_users (generation, id) WHERE NOT discoverable OR banned OR deleted;
