-- Wakes the processing loop of every media replica when a job is queued or changes (a retry, a lease), so that it
-- polls only slowly (nova.platform.scheduling.WorkSignals LISTENs on nova_work; NOTIFY is delivered on commit, and
-- identical notifications of one transaction are folded into one).
CREATE FUNCTION nova_work_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nova_work', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER transcode_jobs_notify AFTER INSERT OR UPDATE ON transcode_jobs
    FOR EACH STATEMENT EXECUTE FUNCTION nova_work_notify();
