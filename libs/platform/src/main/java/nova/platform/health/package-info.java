/** Readiness every server reports on {@code /health/ready}, beyond Liberty's own application-started check. */
package nova.platform.health;
