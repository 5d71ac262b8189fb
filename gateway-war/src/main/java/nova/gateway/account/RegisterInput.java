package nova.gateway.account;

import nova.contracts.identity.Registration;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("RegisterInput")
@Description("What a newcomer gives to register; identity checks each field")
public class RegisterInput {

    @NonNull
    private String email;
    @NonNull
    private String username;
    @NonNull
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    Registration toRegistration() {
        return new Registration(email, username, password);
    }

    @Override
    public String toString() {
        return "RegisterInput[email=" + email + ", username=" + username + ", password=***]";
    }
}
