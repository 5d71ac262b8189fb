/**
 * Mail ({@code email_queue}): identity's requests and the welcome become rendered mails
 * ({@link nova.communication.mail.MailTemplates}, plain text and HTML) queued in the event's transaction
 * ({@link nova.communication.mail.IdentityIntake}); a leased loop ({@link nova.communication.mail.SendingLoop}) sends
 * them over SMTP through the server's Jakarta Mail session ({@link nova.communication.mail.SmtpTransport}), retried
 * with a back-off that doubles and failed for good after the last attempt ({@link nova.communication.mail.MailQueue}).
 * No address, token or body ever reaches a log line; bodies are cleared once a mail is sent or failed.
 */
package nova.communication.mail;
