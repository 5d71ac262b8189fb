-- Issue 17, second pass. Fan-out no longer counts each recipient's feed in its own statement (that second write of
-- every recipient's accounts row cost more than the insert itself): it leaves the post here, and the feed trimmer
-- (nova.social.feed.FeedTrimmer) counts the rows of a batch of such posts per member, at most once per member and
-- batch, and trims the feeds it took past the cap. A post is here until it is counted; a redelivered post adds no row.
CREATE TABLE feed_counts_due (
    post_id    UUID PRIMARY KEY,
    queued_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
