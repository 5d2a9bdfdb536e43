package org.custodian.request.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a steward posts to subscribe: where to deliver, and which CloudEvents types ({@code *} for all). */
record SubscribeBody(@NotBlank @Size(max = 2000) String url,
                     @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes) {
}
