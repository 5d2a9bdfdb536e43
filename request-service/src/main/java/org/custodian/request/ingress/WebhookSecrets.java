package org.custodian.request.ingress;

import java.util.List;
import java.util.Map;

/** The Standard Webhooks secrets that verify a signed post now, by integration name. */
public interface WebhookSecrets {

    Map<String, List<String>> current();
}
