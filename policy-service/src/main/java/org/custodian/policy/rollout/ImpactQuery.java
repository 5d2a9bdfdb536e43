package org.custodian.policy.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The candidate to judge the live releases under: {@code policy} {@code active} (the default) or
 * {@code candidate} (the revision staged beside the service), with {@code tables} replacing the tables of
 * the same name (a candidate table version, shaped as in the bundle's data.json).
 */
record ImpactQuery(String policy, Map<String, JsonNode> tables) {
}
