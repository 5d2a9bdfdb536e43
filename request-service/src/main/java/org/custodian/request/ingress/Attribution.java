package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.custodian.contracts.GovernanceCloudEvents;
import org.springframework.http.HttpStatus;

/**
 * Who posted an event and, where the poster may say so, for whom: the authenticated principal is the
 * actor whatever the event claims; a claim ({@code actor} or {@code onbehalfof} naming someone else) is
 * kept as {@code onbehalfof} only if {@link ActingRights} allow it, and refuses the whole post otherwise.
 */
record Attribution(String actor, String onBehalfOf) {

    static List<Attribution> of(List<CloudEvent> events, String principal, ActingRights rights) {
        List<Attribution> attributions = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Set<String> claims = claims(events.get(i), principal);
            if (claims.size() > 1) {
                problems.add(new ItemProblem(i, events.get(i).getId(), "CONFLICTING_CLAIMS",
                        "The actor and onbehalfof extensions name different subjects: " + claims + "."));
            } else if (claims.size() == 1 && !rights.mayActFor(principal, claims.iterator().next())) {
                problems.add(new ItemProblem(i, events.get(i).getId(), "ACTING_FOR_NOT_PERMITTED",
                        principal + " may not act for " + claims.iterator().next() + ": custodian.integrations."
                                + principal + ".may-act-for must name that subject or *."));
            }
            attributions.add(new Attribution(principal, claims.stream().findFirst().orElse(null)));
        }
        if (!problems.isEmpty()) {
            boolean forbidden = problems.stream().anyMatch(p -> p.code().equals("ACTING_FOR_NOT_PERMITTED"));
            throw new IngressRefused(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY,
                    forbidden ? "ACTING_FOR_NOT_PERMITTED" : "CONFLICTING_CLAIMS", problems);
        }
        return attributions;
    }

    /** The event as published: the principal in {@code actor}, verified by {@code door}; the claim as {@code onbehalfof}. */
    CloudEvent stamp(CloudEvent event, String door) {
        CloudEventBuilder builder = CloudEventBuilder.v1(event)
                .withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, actor)
                .withExtension(GovernanceCloudEvents.ACTOR_VERIFIED_BY_EXTENSION, door)
                .withoutExtension(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION);
        if (onBehalfOf != null) {
            builder.withExtension(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION, onBehalfOf);
        }
        return builder.build();
    }

    private static Set<String> claims(CloudEvent event, String principal) {
        Set<String> claims = new LinkedHashSet<>();
        for (String name : List.of(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION, GovernanceCloudEvents.ACTOR_EXTENSION)) {
            Object claim = event.getExtension(name);
            if (claim != null && !claim.toString().equals(principal)) {
                claims.add(claim.toString());
            }
        }
        return claims;
    }
}
