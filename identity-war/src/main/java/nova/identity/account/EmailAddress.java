package nova.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The practical subset of RFC 5321/5322 addresses that mail systems accept: a dot-atom local part
 * (at most 64 characters) and a domain name of at least two labels with an alphabetic top-level
 * label, at most 254 characters in all. Quoted local parts, IP-literal domains and non-ASCII
 * addresses are refused.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {
    }

    /** Why {@code address} is not acceptable, or empty if it is. */
    public static Optional<String> problemWith(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("is required");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return Optional.of("must be an email address such as name@example.com");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > MAX_LOCAL_PART || !LOCAL_PART.matcher(local).matches() || !isDomain(domain)) {
            return Optional.of("must be an email address such as name@example.com");
        }
        return Optional.empty();
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
    }

    /** The form uniqueness is decided on: the same address in any case is one address. */
    public static String canonical(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** The part before the {@code @}. */
    public static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }
}
