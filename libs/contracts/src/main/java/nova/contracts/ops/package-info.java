/** What every server answers for operations, whatever its context: its health. */
package nova.contracts.ops;
