/**
 * The caller's settings over GraphQL (mySettings, updateSettings), answered by the user context. The
 * contract's per-key maps are lists of {type or kind, enabled} here: GraphQL has no maps.
 */
package nova.gateway.settings;
