package vn.ct20.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, roles and the unit they act for, from the verified bearer token. */
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The code of the unit the user acts for; null when the token has no unit claim. */
    public String unitCode() {
        Object unit = token.getClaim(Roles.UNIT_CLAIM);
        return unit == null ? null : unit.toString().replace("\"", "");
    }
}
