package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.custodian.contracts.ContractJson;

/**
 * The calendar facts the policy needs, computed here and sent as {@code input.calendar}: in wasm every
 * arithmetic step is a decimal operation, so the policy's own date arithmetic (dates.rego) dominated a
 * decision. A fact is given only where the Rego would compute a value, and then the same value; anything
 * else is left to the Rego, so the decision is the same with or without these facts.
 * <ul>
 * <li>{@code today}: the day number (days since 1970-01-01) of {@code now}'s own calendar date;</li>
 * <li>{@code day_numbers}: the day number of each date the rules read (the IRB expiry, the datasets'
 * embargo and moratorium dates);</li>
 * <li>{@code dates}: {@code [day, "YYYY-MM-DD"]} for today plus each day count an erase-by date can come
 * from (the requested duration, the datasets' retention and time limits);</li>
 * <li>{@code years_later}: {@code [years, day]} for the publisher's retention, counted in calendar years.</li>
 * </ul>
 */
public final class PolicyCalendar {

    /** What the Rego accepts as {@code now} (request.rego checks it by hand, character by character). */
    private static final Pattern RFC_3339 = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private PolicyCalendar() {
    }

    /** A copy of {@code input} with {@code calendar} set (replacing any the caller sent); other inputs as they are. */
    public static JsonNode annotate(JsonNode input, ObjectNode datasets) {
        if (!(input instanceof ObjectNode fields)) {
            return input;
        }
        ObjectNode annotated = ContractJson.mapper().createObjectNode();
        annotated.setAll(fields);
        annotated.set("calendar", facts(fields, datasets));
        return annotated;
    }

    static ObjectNode facts(JsonNode input, ObjectNode datasets) {
        ObjectNode calendar = ContractJson.mapper().createObjectNode();
        ObjectNode dayNumbers = calendar.putObject("day_numbers");
        dayNumber(input.path("requester").path("irb").path("expires"), dayNumbers);
        TreeSet<Long> terms = new TreeSet<>();
        wholeNumber(input.path("request").path("duration_days")).ifPresent(terms::add);
        for (JsonNode dataset : datasets) {
            dayNumber(dataset.path("embargo_until"), dayNumbers);
            dayNumber(dataset.path("moratorium_until"), dayNumbers);
            wholeNumber(dataset.path("retention_max_days")).ifPresent(terms::add);
            wholeNumber(dataset.path("time_limit_days")).ifPresent(terms::add);
        }
        today(input.path("now")).ifPresent(today -> {
            calendar.put("today", today.toEpochDay());
            ArrayNode dates = calendar.putArray("dates");
            terms.forEach(days -> plusDays(today, days).ifPresent(date ->
                    dates.addArray().add(date.toEpochDay()).add(text(date))));
            ArrayNode yearsLater = calendar.putArray("years_later");
            wholeNumber(input.path("request").path("publisher_retention_years")).filter(years -> years > 0)
                    .flatMap(years -> plusYears(today, years).map(date -> new long[] {years, date.toEpochDay()}))
                    .ifPresent(pair -> yearsLater.addArray().add(pair[0]).add(pair[1]));
        });
        return calendar;
    }

    private static Optional<LocalDate> today(JsonNode now) {
        if (!now.isTextual() || !RFC_3339.matcher(now.asText()).matches()) {
            return Optional.empty();
        }
        return date(now.asText().substring(0, 10));
    }

    private static void dayNumber(JsonNode value, ObjectNode dayNumbers) {
        if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
            date(value.asText()).ifPresent(date -> dayNumbers.put(value.asText(), date.toEpochDay()));
        }
    }

    /** A real date from year 1 on, as the Rego's day_number reads it. */
    private static Optional<LocalDate> date(String text) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8, 10)));
            return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> wholeNumber(JsonNode value) {
        if (!value.isNumber() || (!value.isIntegralNumber() && value.asDouble() != Math.rint(value.asDouble()))
                || !value.canConvertToLong()) {
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    /** Dates the Rego writes as YYYY-MM-DD: from year 1 on (later than 9999 in full). */
    private static Optional<LocalDate> plusDays(LocalDate today, long days) {
        try {
            LocalDate date = today.plusDays(days);
            return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> plusYears(LocalDate today, long years) {
        try {
            return Optional.of(today.plusYears(years));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    static String text(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
