package org.custodian.request.manuscript;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What a steward puts to set how many days reviewers have to answer a manuscript of a dataset. */
record ReviewWindowBody(@NotNull @Min(1) @Max(365) Integer windowDays) {
}
