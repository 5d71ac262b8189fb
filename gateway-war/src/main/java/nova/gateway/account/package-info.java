/** Accounts and sessions over GraphQL: the register, login and refresh mutations, answered by identity. */
package nova.gateway.account;
