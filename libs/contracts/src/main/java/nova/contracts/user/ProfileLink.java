package nova.contracts.user;

/** One link shown on a profile: a label (1–40 characters) and an {@code https} or {@code http} URL (at most 400). */
public record ProfileLink(String name, String url) {
}
