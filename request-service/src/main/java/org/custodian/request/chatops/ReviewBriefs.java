package org.custodian.request.chatops;

import java.util.Optional;

/** Port: the request a chat message is about, read from where requests are kept. */
public interface ReviewBriefs {

    Optional<ReviewBrief> find(String requestId);
}
