package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.ContractJson;
import org.custodian.support.problem.ProblemResponses;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Standard Webhooks headers as anyone may send them to {@code /api/events}: the filter either lets a
 * verified post through or answers 401 problem+json; it never fails with anything else.
 */
class WebhookSignatureFuzzTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final WebhookSignatureFilter filter = new WebhookSignatureFilter(() -> Map.of("lims", List.of(SECRET)),
            new ProblemResponses(ContractJson.mapper()));

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"v1,", "v1a,", "msg_", " ", ","})
    void letsThroughOrRefuses(FuzzedDataProvider data) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/events");
        request.addHeader("webhook-id", data.consumeString(40));
        String timestamp = data.consumeBoolean() ? String.valueOf(System.currentTimeMillis() / 1000) : data.consumeString(24);
        request.addHeader("webhook-timestamp", timestamp);
        request.addHeader(WebhookSignatureFilter.SIGNATURE, data.consumeString(200));
        request.setContent(data.consumeRemainingAsBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        if (chain.getRequest() == null) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsString()).contains("\"BAD_SIGNATURE\"");
        }
    }
}
