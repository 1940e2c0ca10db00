package vn.ct20.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: subject, roles and the unit they act for, from the verified bearer token. Work
 * that a request starts on another thread (an import's rows) runs {@link #actAs as the caller},
 * so that every rule sees the same identity there as on the request's own thread.
 */
@RequestScoped
public class CurrentUser {
    /** A caller as the rules see it, captured on the request thread to act with elsewhere. */
    public record Actor(String subject, String unitCode, Set<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Actor actingAs;

    /** The caller of this request, to hand to background work. */
    public Actor actor() {
        return new Actor(subject(), unitCode(), Set.copyOf(roles()));
    }

    /** In a request context of background work started by {@code actor}: act as them. */
    public void actAs(Actor actor) {
        this.actingAs = actor;
    }

    public String subject() {
        return actingAs != null ? actingAs.subject() : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return actingAs != null ? actingAs.roles() : identity.getRoles();
    }

    public boolean hasRole(String role) {
        return actingAs != null ? actingAs.roles().contains(role) : identity.hasRole(role);
    }

    /** The code of the unit the user acts for; null when the token has no unit claim. */
    public String unitCode() {
        if (actingAs != null) {
            return actingAs.unitCode();
        }
        Object unit = token.getClaim(Roles.UNIT_CLAIM);
        return unit == null ? null : unit.toString().replace("\"", "");
    }
}
