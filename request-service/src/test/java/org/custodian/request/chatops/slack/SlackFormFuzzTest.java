package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodian.support.problem.RuleViolation;

/**
 * Slack's verified bodies, a slash command's form or an interaction's {@code payload}: read, or
 * refused with 400 MALFORMED_BODY. What is read goes into chat_action rows, so it holds no NUL,
 * which PostgreSQL text cannot store. The last input byte picks command or interaction.
 */
class SlackFormFuzzTest {

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"user_id=", "team_id=", "command=", "text=", "response_url=", "payload=", "&", "%00", "%",
            "\"type\":\"block_actions\"", "\"user\":{\"id\":", "\"team\":{\"id\":", "\"actions\":[{", "\"action_id\":",
            "\"value\":", "\"response_url\":", "\\u0000"})
    void readsOrRefuses(FuzzedDataProvider data) {
        boolean command = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        try {
            String read = command ? SlackForm.command(body).toString() : SlackForm.click(body).toString();
            assertThat(read).doesNotContain("\u0000");
        } catch (RuleViolation refused) {
            assertThat(refused.status().value()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("MALFORMED_BODY");
        }
    }
}
