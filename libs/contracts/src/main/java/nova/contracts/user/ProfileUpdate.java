package nova.contracts.user;

/**
 * Changes to one's own profile; a null field is left unchanged. Limits: display name 1–50
 * characters, bio at most 500, locale a BCP 47 language tag such as {@code en} or {@code pt-BR}.
 */
public record ProfileUpdate(String displayName, String bio, String locale) {
}
