/**
 * Rebuilding the projection while the old one serves: a new generation is announced (live consumers keep what
 * they apply in its backlog from then on), the topics are replayed from their start up to the end offsets taken
 * after the announcement, the backlog is caught up, and one transaction applies what is left and moves the
 * pointer. Operator only ({@link nova.search.rebuild.RebuildResource}).
 */
package nova.search.rebuild;
