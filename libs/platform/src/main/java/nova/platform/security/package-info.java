/** How a context sees its caller: the identity proven by the access token it was given. */
package nova.platform.security;
