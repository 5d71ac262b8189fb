/**
 * RFC 9457 problem details for every REST error a context returns: a clear type, title, status
 * and detail, field errors for invalid input, and never a stack trace.
 */
package nova.platform.problem;
