package org.custodian.release.delivery;

import java.time.Instant;

/** A release's delivery schedule and when its next delivery falls. */
record ScheduleView(String releaseId, Integer everyDays, Integer monthlyDay, Instant nextDeliveryAt) {
}
