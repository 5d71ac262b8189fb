-- The media context's own tables. Bytes live on disk under content-addressed names (the SHA-256 of the bytes,
-- nova.media.infra.Storage); these rows say whose they are, what they are and how far processing got.

-- One row per uploaded file. id is the upload ticket's id, so a ticket makes at most one row (single use).
-- original_key: the bytes as uploaded (the input of processing, never served: an image's EXIF and location
-- are only gone from the processed variants). size: bytes as uploaded, what the quota counts.
-- A deleted file keeps its row (deleted_at), so its id and its ticket stay unusable; its bytes are gone.
CREATE TABLE media_files (
    id            UUID PRIMARY KEY,
    owner_id      UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
    status        TEXT        NOT NULL CHECK (status IN ('queued', 'in_progress', 'complete', 'failed')),
    mime_type     TEXT        NOT NULL,
    file_name     TEXT        CHECK (char_length(file_name) <= 255),
    size          BIGINT      NOT NULL CHECK (size > 0),
    sha256        TEXT        NOT NULL,
    original_key  TEXT        NOT NULL,
    visibility    TEXT        NOT NULL CHECK (visibility IN ('public', 'private')),
    description   TEXT        CHECK (char_length(description) <= 1500),
    created_at    TIMESTAMPTZ NOT NULL,
    processed_at  TIMESTAMPTZ,
    deleted_at    TIMESTAMPTZ
);
-- "my media", newest first, and the quota's sum
CREATE INDEX media_files_owner_newest ON media_files (owner_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

-- What processing found (one row per processed file). Focal point in [-1, 1] each (Mastodon's convention).
CREATE TABLE media_metadata (
    media_id         UUID PRIMARY KEY REFERENCES media_files (id) ON DELETE CASCADE,
    width            INTEGER CHECK (width > 0),
    height           INTEGER CHECK (height > 0),
    duration_seconds DOUBLE PRECISION CHECK (duration_seconds >= 0),
    container        TEXT,
    video_codec      TEXT,
    audio_codec      TEXT,
    blurhash         TEXT,
    focal_x          DOUBLE PRECISION CHECK (focal_x BETWEEN -1 AND 1),
    focal_y          DOUBLE PRECISION CHECK (focal_y BETWEEN -1 AND 1)
);

-- Every stored variant a file has (the design's "thumbnails", which also holds the sanitized original, the
-- poster, the MP4 and the HLS playlist): storage_key is its content-addressed name under the media directory.
CREATE TABLE thumbnails (
    media_id    UUID    NOT NULL REFERENCES media_files (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (name IN ('original', 'small', 'medium', 'large', 'poster', 'mp4', 'hls')),
    storage_key TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    mime_type   TEXT    NOT NULL,
    width       INTEGER,
    height      INTEGER,
    size        BIGINT  NOT NULL,
    PRIMARY KEY (media_id, name)
);
-- whether a content-addressed file is still used by another row before it is removed from disk
CREATE INDEX thumbnails_storage_key ON thumbnails (storage_key);
CREATE INDEX media_files_original_key ON media_files (original_key) WHERE deleted_at IS NULL;

-- The processing of one file (queued -> in_progress -> complete | failed). A claimed job holds a lease: a
-- server killed mid-job leaves it in_progress with a lease that runs out, and the next claim takes it again.
-- progress in [0, 1]; next_attempt_at is when a queued (or retried) job may be claimed.
CREATE TABLE transcode_jobs (
    media_id        UUID PRIMARY KEY REFERENCES media_files (id) ON DELETE CASCADE,
    status          TEXT        NOT NULL CHECK (status IN ('queued', 'in_progress', 'complete', 'failed')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    progress        DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
-- the claim's scan: only what may be due
CREATE INDEX transcode_jobs_due ON transcode_jobs (next_attempt_at) WHERE status IN ('queued', 'in_progress');
