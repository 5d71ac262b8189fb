/** What a context may say about calls that leave Nova altogether ({@link nova.platform.external.ExternalService}). */
package nova.platform.external;
