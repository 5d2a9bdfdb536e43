package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast writer gives exactly what Instant#toString gives, at every precision and year. */
class InstantTextTest {

    @Test
    void everyPrecisionIsWrittenAsInstantWritesIt() {
        Random random = new Random(8785);
        ChronoUnit[] units = {ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS};
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(1_000_000_000)).truncatedTo(units[i % units.length]);
            assertThat(new String(InstantText.of(instant), StandardCharsets.US_ASCII)).isEqualTo(instant.toString());
        }
    }

    @Test
    void yearsThatNeedASignAreWrittenAsInstantWritesThem() {
        for (Instant instant : new Instant[] {Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.5Z"),
            Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.EPOCH}) {
            assertThat(new String(InstantText.of(instant), StandardCharsets.US_ASCII)).isEqualTo(instant.toString());
        }
    }

    @Test
    void postgresBinaryTimesAreWrittenAsTheInstantTheyAre() {
        Random random = new Random(2000);
        for (int i = 0; i < 20_000; i++) {
            long micros = random.nextLong(-63_082_281_600_000_000L, 252_455_615_999_999_999L);
            Instant instant = Instant.parse("2000-01-01T00:00:00Z").plus(micros, ChronoUnit.MICROS);
            assertThat(new String(InstantText.ofPostgres(micros), StandardCharsets.US_ASCII)).isEqualTo(instant.toString());
        }
    }

    @Test
    void postgresInfinitiesAreNeverATime() {
        assertThat(new String(InstantText.ofPostgres(Long.MAX_VALUE), StandardCharsets.US_ASCII)).isEqualTo("infinity");
        assertThat(new String(InstantText.ofPostgres(Long.MIN_VALUE), StandardCharsets.US_ASCII)).isEqualTo("-infinity");
    }
}
