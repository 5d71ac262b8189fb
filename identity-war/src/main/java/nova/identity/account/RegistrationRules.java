package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nova.contracts.identity.Registration;
import nova.platform.problem.Problem.FieldError;

/**
 * What a registration must satisfy before an account is created, field by field. Every invalid
 * field is reported at once, with one message each (the first rule it breaks).
 */
@ApplicationScoped
public class RegistrationRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Shorter names or local parts are not checked for inside the password: they would forbid too much. */
    private static final int SHORTEST_NAME_CHECKED = 3;

    private final WordList reservedUsernames;
    private final WordList commonPasswords;

    /** The bundled lists: {@code reserved-usernames.txt} and {@code common-passwords.txt}. */
    public RegistrationRules() {
        this(Bundled.RESERVED_USERNAMES, Bundled.COMMON_PASSWORDS);
    }

    public RegistrationRules(WordList reservedUsernames, WordList commonPasswords) {
        this.reservedUsernames = reservedUsernames;
        this.commonPasswords = commonPasswords;
    }

    /** The registration as it will be checked and stored: email and username without surrounding blanks. */
    public static Registration normalized(Registration registration) {
        if (registration == null) {
            return new Registration(null, null, null);
        }
        return new Registration(strip(registration.email()), strip(registration.username()), registration.password());
    }

    /** Every broken rule, one entry per field in the order email, username, password; empty if none. */
    public List<FieldError> check(Registration registration) {
        Registration r = normalized(registration);
        List<FieldError> errors = new ArrayList<>();
        EmailAddress.problemWith(r.email()).ifPresent(message -> errors.add(new FieldError("email", message)));
        String username = usernameProblem(r.username());
        if (username != null) {
            errors.add(new FieldError("username", username));
        }
        String password = passwordProblem(r.password(), r.username(), r.email());
        if (password != null) {
            errors.add(new FieldError("password", password));
        }
        return errors;
    }

    /**
     * What is wrong with {@code password} as the new password of the account named {@code username} at
     * {@code email} (a change or a reset): the same rules as at registration; empty if nothing.
     */
    public Optional<String> problemWithPassword(String password, String username, String email) {
        return Optional.ofNullable(passwordProblem(password, username, email));
    }

    private String usernameProblem(String username) {
        if (username == null || username.isEmpty()) {
            return "is required";
        }
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            return "must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters";
        }
        if (!USERNAME.matcher(username).matches()) {
            return "may contain only letters, digits and underscores, and must start with a letter";
        }
        if (reservedUsernames.contains(username)) {
            return "is reserved";
        }
        return null;
    }

    private String passwordProblem(String typed, String username, String email) {
        if (typed == null || typed.isEmpty()) {
            return "is required";
        }
        // judged as it is hashed: "ｐａｓｓｗｏｒｄ１２３" typed full-width is "password123"
        String password = PasswordHasher.normalized(typed);
        int length = password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            return "must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters";
        }
        if (commonPasswords.contains(password)) {
            return "is too common: it appears in lists of breached passwords";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= SHORTEST_NAME_CHECKED
                && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "must not contain your username";
        }
        if (email != null) {
            String local = EmailAddress.localPart(email).toLowerCase(Locale.ROOT);
            if (local.length() >= SHORTEST_NAME_CHECKED && lower.contains(local)) {
                return "must not contain your email address";
            }
        }
        return null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Read once per class loader, when the first rules are made. */
    private static final class Bundled {
        static final WordList RESERVED_USERNAMES = WordList.bundled("reserved-usernames.txt");
        static final WordList COMMON_PASSWORDS = WordList.bundled("common-passwords.txt");
    }
}
