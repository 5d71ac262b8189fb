/**
 * What every gateway feature shares: one decorated client bean per context ({@link nova.gateway.account.IdentityClient},
 * {@link nova.gateway.profile.UserClient}, {@link nova.gateway.media.MediaClient}: Rest Client + Fault Tolerance), the caller's request, and how every
 * failure reaches a GraphQL client as an error with {@code extensions.code}.
 */
package nova.gateway.infra;
