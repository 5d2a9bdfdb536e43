package org.custodian.console.signin;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/** A person signed in through the development sign-in: their name, roles and the token minted for them. */
public record ConsoleUser(String name, List<String> roles, String token) implements Principal, Serializable {

    public ConsoleUser {
        roles = List.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + name + ", " + roles + "]";
    }
}
