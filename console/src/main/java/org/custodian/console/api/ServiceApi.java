package org.custodian.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** One service's API, called as the signed-in person: JSON in, JSON out, a problem detail thrown as {@link ServiceProblem}. */
public final class ServiceApi {

    /** Reads a streamed answer (an export, a progress stream) as it arrives. */
    @FunctionalInterface
    public interface StreamReader {
        void read(InputStream body) throws IOException;
    }

    private final String name;
    private final RestClient client;
    private final ObjectMapper json;
    private final Supplier<String> token;

    ServiceApi(String name, URI base, RestClient.Builder builder, ObjectMapper json, Supplier<String> token) {
        this.name = name;
        this.client = builder.clone().baseUrl(base.toString()).build();
        this.json = json;
        this.token = token;
    }

    public JsonNode get(String path, Object... variables) {
        return call(() -> client.get().uri(path, variables).headers(h -> h.setBearerAuth(token.get()))
                .accept(MediaType.APPLICATION_JSON).exchange((request, response) -> read(response)));
    }

    /**
     * One page of a list: {@code path} (with any fixed query, such as {@code ?mine}) and the non-blank
     * {@code filters}, {@link Page#SIZE} items after {@code cursor} (none: the first page); the next page's
     * cursor is read from the answer's Link header.
     */
    public Page page(String path, Map<String, String> filters, String cursor) {
        Map<String, Object> query = new java.util.LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, value.strip());
            }
        });
        query.put("limit", Page.SIZE);
        if (cursor != null && !cursor.isBlank()) {
            query.put("cursor", cursor.strip());
        }
        StringBuilder uri = new StringBuilder(path);
        query.keySet().forEach(name -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(name).append("={").append(name).append('}'));
        return call(() -> client.get().uri(uri.toString(), query).headers(h -> h.setBearerAuth(token.get()))
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> Page.of(read(response), response.getHeaders().getFirst(HttpHeaders.LINK))));
    }

    /** A plain-text answer, such as a verifier key. */
    public String text(String path, Object... variables) {
        return call(() -> client.get().uri(path, variables).headers(h -> h.setBearerAuth(token.get()))
                .accept(MediaType.TEXT_PLAIN).exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        read(response);
                    }
                    return new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }));
    }

    public JsonNode get(String path, Map<String, ?> query) {
        return call(() -> client.get().uri(path, query).headers(h -> h.setBearerAuth(token.get()))
                .accept(MediaType.APPLICATION_JSON).exchange((request, response) -> read(response)));
    }

    public JsonNode post(String path, Object body, Object... variables) {
        return call(() -> client.post().uri(path, variables).headers(h -> h.setBearerAuth(token.get()))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange((request, response) -> read(response)));
    }

    public JsonNode post(String path, Object body, Map<String, String> headers, Object... variables) {
        return call(() -> client.post().uri(path, variables).headers(h -> {
            h.setBearerAuth(token.get());
            headers.forEach(h::set);
        }).contentType(MediaType.APPLICATION_JSON).body(body).exchange((request, response) -> read(response)));
    }

    public JsonNode put(String path, Object body, Object... variables) {
        return call(() -> client.put().uri(path, variables).headers(h -> h.setBearerAuth(token.get()))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange((request, response) -> read(response)));
    }

    /** A GET whose body is read as a stream with the given media type, as the answer arrives; a refusal is still a problem. */
    public void stream(String path, Map<String, ?> query, MediaType accept, String bearer, StreamReader reader) {
        call(() -> client.get().uri(path, query).headers(h -> h.setBearerAuth(bearer)).accept(accept)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        return read(response);
                    }
                    reader.read(response.getBody());
                    return null;
                }));
    }

    public String bearer() {
        return token.get();
    }

    private JsonNode read(ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        byte[] body = response.getBody().readAllBytes();
        JsonNode node = body.length == 0 ? json.createObjectNode() : parse(body);
        if (status.isError()) {
            throw ServiceProblem.of(status.value(), node);
        }
        return node;
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode().put("detail", "The " + name + " service answered with something that is not JSON.");
        }
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new ServiceProblem(503, "Service unavailable", "SERVICE_UNAVAILABLE",
                    "The " + name + " service does not answer. Try again in a minute; if it persists, the platform may be down.",
                    Map.of());
        } catch (UncheckedIOException e) {
            throw new ServiceProblem(502, "Bad answer", "SERVICE_ANSWER_UNREADABLE",
                    "The " + name + " service's answer could not be read.", Map.of());
        }
    }
}
