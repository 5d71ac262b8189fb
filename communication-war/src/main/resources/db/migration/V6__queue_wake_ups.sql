-- Wakes the mail, push and SMS loops of every communication replica when something is queued or changes (a retry, a
-- lease), so that they poll only slowly (nova.platform.scheduling.WorkSignals LISTENs on nova_work, the table's name
-- as payload; NOTIFY is delivered on commit, and identical notifications of one transaction are folded into one).
CREATE FUNCTION nova_work_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nova_work', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER email_queue_notify AFTER INSERT OR UPDATE ON email_queue
    FOR EACH STATEMENT EXECUTE FUNCTION nova_work_notify();
CREATE TRIGGER push_queue_notify AFTER INSERT OR UPDATE ON push_queue
    FOR EACH STATEMENT EXECUTE FUNCTION nova_work_notify();
CREATE TRIGGER sms_queue_notify AFTER INSERT OR UPDATE ON sms_queue
    FOR EACH STATEMENT EXECUTE FUNCTION nova_work_notify();
