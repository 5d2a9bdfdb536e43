package org.custodian.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events.md} is generated from the contract, so it cannot drift from it. After changing an
 * event, regenerate it: {@code ./mvnw -pl contracts test -Dtest=EventCatalogueTest -Dcustodian.write-catalogue=true}.
 */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    @Test
    void theCommittedCatalogueIsTheOneTheContractGenerates() throws IOException {
        String generated = EventCatalogue.markdown();
        if (Boolean.getBoolean("custodian.write-catalogue")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/events.md is stale; regenerate it as this test's comment says")
                .isEqualTo(generated);
    }

    @Test
    void everyEventTypeHasASectionWithItsTopicAndFields() {
        String markdown = EventCatalogue.markdown();

        assertThat(markdown).contains("### `org.custodian.release.issued.v1`", "`custodian.releases.v1`",
                "| `erase_by` | string (date) | yes |");
    }
}
