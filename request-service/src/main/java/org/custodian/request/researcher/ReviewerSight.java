package org.custodian.request.researcher;

/**
 * Whether a reviewer may read a researcher's profile: only while reviewing one of the researcher's requests,
 * and never in a blinded review. The requests' side answers, since it knows the panels.
 */
public interface ReviewerSight {

    boolean reviewsOpenly(String reviewerId, String researcherId);
}
