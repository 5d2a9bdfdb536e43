package org.custodian.release.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.release.release.ExpireRelease;
import org.custodian.release.release.FlagErasureDue;
import org.custodian.release.release.FlagErasureOverdue;
import org.custodian.release.release.MakeDelivery;
import org.custodian.release.release.ReleaseCalendar;

/** What happens to a release at a point in time, when that point is, and the command that makes it happen. */
enum DeadlineKind {
    EXPIRY {
        @Override
        Object command(String releaseId, Instant dueAt, Instant now) {
            return new ExpireRelease(releaseId, dueAt);
        }
    },
    ERASURE_REMINDER {
        @Override
        Object command(String releaseId, Instant dueAt, Instant now) {
            return new FlagErasureDue(releaseId, true);
        }
    },
    ERASURE_DUE {
        @Override
        Object command(String releaseId, Instant dueAt, Instant now) {
            return new FlagErasureDue(releaseId, false);
        }
    },
    ERASURE_OVERDUE {
        @Override
        Object command(String releaseId, Instant dueAt, Instant now) {
            return new FlagErasureOverdue(releaseId, dueAt);
        }
    },
    /** The next delivery of a standing arrangement; set by a schedule, not at issuance, and moved on as each fires. */
    DELIVERY {
        @Override
        Object command(String releaseId, Instant dueAt, Instant now) {
            return new MakeDelivery(releaseId, dueAt, now);
        }
    };

    abstract Object command(String releaseId, Instant dueAt, Instant now);

    boolean setAtIssuance() {
        return this != DELIVERY;
    }

    Instant dueAt(LocalDate eraseBy, DeadlineSettings settings) {
        Instant eraseByStart = ReleaseCalendar.expiresAt(eraseBy);
        return switch (this) {
            case EXPIRY, ERASURE_DUE -> eraseByStart;
            case ERASURE_REMINDER -> eraseByStart.minus(settings.erasureReminder());
            case ERASURE_OVERDUE -> eraseByStart.plus(settings.erasureGrace());
            case DELIVERY -> throw new IllegalStateException("A delivery is due by its schedule");
        };
    }

    boolean isErasure() {
        return this != EXPIRY && this != DELIVERY;
    }
}
