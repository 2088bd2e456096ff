package nl.entree.common.security;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the public front door's token to the endpoints marked {@link FrontDoor}. An endpoint that lets "any
 * authenticated caller" in would otherwise let the internet's proxy in too.
 */
public class FrontDoorConfinement {

    private final CurrentIdentityAssociation identities;

    public FrontDoorConfinement(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Authentication is lazy ({@code quarkus.http.auth.proactive=false}): the identity is awaited, never blocked on.
     * A token that fails to verify is left to the endpoint's own check, so a public read stays public.
     */
    @ServerRequestFilter
    public Uni<Void> confine(ResourceInfo resource) {
        if (openToTheFrontDoor(resource)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().invoke(identity -> {
            if (identity != null && identity.hasRole(Roles.PUBLIC)) {
                throw new ForbiddenException("This endpoint is not open to the public front door");
            }
        }).replaceWithVoid();
    }

    private static boolean openToTheFrontDoor(ResourceInfo resource) {
        return resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(FrontDoor.class)
                || resource.getResourceClass().isAnnotationPresent(FrontDoor.class);
    }
}
