-- A text's body is personal: the SMS loop clears it once the text is out (sent) or given up (failed). V2's check
-- (1 to 1600 characters always) refused that update, so every text stayed 'sending' until its lease ran out and was
-- sent again. The body must be there while the text waits to go, and may be empty once it went or failed.
ALTER TABLE sms_queue DROP CONSTRAINT sms_queue_body_check;
ALTER TABLE sms_queue ADD CONSTRAINT sms_queue_body_check
    CHECK (length(body) <= 1600 AND (length(body) > 0 OR status IN ('sent', 'failed')));
