package nl.entree.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint the public front door may call with its token (role {@code public}). Every other endpoint refuses that
 * token with 403, whatever its own roles say ({@link FrontDoorConfinement}), so a new endpoint is closed to the public
 * until someone decides otherwise here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface FrontDoor {
}
