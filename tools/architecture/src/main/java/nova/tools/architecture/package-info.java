/**
 * Nova's boundary rules measured on the built code (ARCHITECTURE §1, §4, §6): {@link Codebase} reads
 * what was built, {@link CallGraph}, {@link TableOwnership} and {@link BoundaryRules} each turn one
 * part of it into figures and violations, {@link Check} prints the success-metrics table.
 */
package nova.tools.architecture;
