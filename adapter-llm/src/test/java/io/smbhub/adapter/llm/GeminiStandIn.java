package io.smbhub.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP stand-in for Gemini's {@code generateContent} endpoint on WireMock (test support, shipped in the
 * adapter-llm test-jar). Point {@code GEMINI_BASE_URL} / {@link GeminiSettings#baseUrl()} at {@link #baseUrl()} and
 * use {@link #apiKey()} as {@code GEMINI_API_KEY}.
 *
 * <ul>
 *   <li>{@code POST /v1beta/models/{model}:generateContent} answers in Gemini's real response format:
 *       {@code candidates[0].content.parts[0].text}, {@code finishReason STOP}, {@code usageMetadata}
 *       ({@code promptTokenCount} / {@code candidatesTokenCount} ≈ characters / 4 of prompt and answer,
 *       {@code totalTokenCount}, optional {@code thoughtsTokenCount}), {@code modelVersion} (the model of the URL) and
 *       a {@code responseId}.</li>
 *   <li>The answer text comes from the responder ({@link #respondWith}); by default "Stand-in answer to: …" (the
 *       first 80 characters of the user text) for plain calls and {@code {}} when a {@code responseSchema} was
 *       sent.</li>
 *   <li>A missing {@code x-goog-api-key} header answers 403 {@code PERMISSION_DENIED}; a wrong key 400
 *       {@code INVALID_ARGUMENT} "API key not valid", as Google does. Other paths answer 404.</li>
 *   <li>Faults: {@link #failNext} (Gemini's error JSON with the given HTTP status), {@link #blockNext} (a prompt
 *       blocked for SAFETY: no candidates), {@link #delay} (every answer late), {@link #stop} / {@link #restart}
 *       (connection refused, then back on the same port).</li>
 *   <li>Every request is recorded ({@link #requests()}, {@link #prompts()}), faults included, so tests can check
 *       what was sent — e.g. that no unredacted PII reached the model.</li>
 * </ul>
 */
public final class GeminiStandIn implements AutoCloseable {

    /** The API key a stand-in accepts unless started with another. */
    public static final String DEFAULT_API_KEY = "stand-in-gemini-key";

    /**
     * One request as the stand-in parsed it: the {@code model} of the URL, the {@code apiKey} header (null if
     * absent), the {@code system} instruction text (null if none), the {@code user} text (all user parts joined),
     * {@code responseMimeType} and {@code responseSchema} (compact JSON) of {@code generationConfig} (null if absent)
     * and the raw request body.
     */
    public record Request(String model, String apiKey, String system, String user, String responseMimeType,
                          String responseSchema, String body) {

        /** True when a {@code responseSchema} was sent (a structured call). */
        public boolean structured() {
            return responseSchema != null;
        }

        /** The system instruction (when present) and the user text, separated by a blank line. */
        public String promptText() {
            return system == null ? user : system + "\n\n" + user;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GENERATE = Pattern.compile("/v1beta/models/([^/:?]+):generateContent");

    private final String apiKey;
    private final Api api = new Api();
    private final int port;
    private WireMockServer server;

    private GeminiStandIn(String apiKey, int port) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.server = newServer(port);
        this.port = server.port();
    }

    /** Starts a stand-in on a free port accepting {@link #DEFAULT_API_KEY}. */
    public static GeminiStandIn start() {
        return new GeminiStandIn(DEFAULT_API_KEY, 0);
    }

    /** Starts a stand-in on a free port accepting {@code apiKey}. */
    public static GeminiStandIn start(String apiKey) {
        return new GeminiStandIn(apiKey, 0);
    }

    /** E.g. {@code http://127.0.0.1:53127}, no trailing slash; stays the same across {@link #restart()}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The API key this stand-in accepts. */
    public String apiKey() {
        return apiKey;
    }

    /** {@link GeminiSettings} for this stand-in with every tunable at its default. */
    public GeminiSettings settings() {
        return GeminiSettings.of(apiKey, GeminiSettings.DEFAULT_MODEL, baseUrl());
    }

    /** Answers every later request with {@code responder}'s text (replaces the default answers). */
    public void respondWith(Function<Request, String> responder) {
        api.responder(Objects.requireNonNull(responder, "responder"));
    }

    /** Answers every later request with {@code text}. */
    public void answer(String text) {
        Objects.requireNonNull(text, "text");
        respondWith(request -> text);
    }

    /** Also reports {@code tokens} thinking tokens ({@code thoughtsTokenCount}) in each answer; 0 omits the field. */
    public void thinkingTokens(int tokens) {
        api.thinkingTokens(tokens);
    }

    /** The next {@code times} requests answer HTTP {@code status} (e.g. 503, 429, 500) with Gemini's error JSON. */
    public void failNext(int times, int status) {
        for (int i = 0; i < times; i++) {
            api.addFault(new Fault(status));
        }
    }

    /** The next request answers 200 with the prompt blocked ({@code promptFeedback.blockReason SAFETY}). */
    public void blockNext() {
        api.addFault(new Fault(0));
    }

    /** Every later answer (faults included) is sent only after {@code delay}; {@link Duration#ZERO} ends it. */
    public void delay(Duration delay) {
        api.delay(Objects.requireNonNull(delay, "delay"));
    }

    /** Every request received, oldest first (faults and rejected keys included). */
    public List<Request> requests() {
        return api.requests();
    }

    public int requestCount() {
        return requests().size();
    }

    /** The latest request. */
    public Request lastRequest() {
        List<Request> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("The Gemini stand-in received no request");
        }
        return all.get(all.size() - 1);
    }

    /** Every prompt text received ({@link Request#promptText()}: system instruction and user text), oldest first. */
    public List<String> prompts() {
        return requests().stream().map(Request::promptText).toList();
    }

    /** Forgets requests, faults, delay, thinking tokens and the responder. */
    public void reset() {
        api.reset();
    }

    /** Stops listening: later calls get "connection refused" until {@link #restart()}. Idempotent. */
    public synchronized void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** Listens again on the same port, with the same state. */
    public synchronized void restart() {
        if (!server.isRunning()) {
            server = newServer(port);
        }
    }

    public synchronized boolean running() {
        return server.isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    private WireMockServer newServer(int listenPort) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .gzipDisabled(true)
                .disableRequestJournal()
                .notifier(new ConsoleNotifier(false))
                .extensions(api);
        WireMockServer wireMock = new WireMockServer(listenPort == 0 ? options.dynamicPort() : options.port(listenPort));
        wireMock.start();
        wireMock.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
        return wireMock;
    }

    /** A queued fault: an HTTP error status, or 0 for a blocked prompt. */
    private record Fault(int status) {
    }

    /** The behaviour: one WireMock transformer answering every request from the state above. */
    private final class Api implements ResponseDefinitionTransformerV2 {

        private final List<Request> requests = new ArrayList<>();
        private final Deque<Fault> faults = new ArrayDeque<>();
        private Function<Request, String> responder;
        private Duration delay = Duration.ZERO;
        private int thinkingTokens;
        private long responses;

        @Override
        public String getName() {
            return "gemini-stand-in";
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        synchronized void responder(Function<Request, String> value) {
            responder = value;
        }

        synchronized void thinkingTokens(int value) {
            thinkingTokens = Math.max(0, value);
        }

        synchronized void addFault(Fault fault) {
            faults.addLast(fault);
        }

        synchronized void delay(Duration value) {
            delay = value;
        }

        synchronized List<Request> requests() {
            return List.copyOf(requests);
        }

        synchronized void reset() {
            requests.clear();
            faults.clear();
            responder = null;
            delay = Duration.ZERO;
            thinkingTokens = 0;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var http = serveEvent.getRequest();
            String path = http.getUrl().replaceFirst("\\?.*$", "");
            Matcher matcher = GENERATE.matcher(path);
            if (!"POST".equals(http.getMethod().getName()) || !matcher.matches()) {
                return error(404, "NOT_FOUND", "Requested entity was not found.", Duration.ZERO);
            }
            Request request = parse(matcher.group(1), http.getHeader("x-goog-api-key"), http.getBodyAsString());
            Fault fault;
            Function<Request, String> currentResponder;
            Duration currentDelay;
            int thoughts;
            long sequence;
            synchronized (this) {
                requests.add(request);
                currentDelay = delay;
                if (request.apiKey() == null) {
                    return error(403, "PERMISSION_DENIED",
                            "Method doesn't allow unregistered callers (callers without established identity). "
                                    + "Please use API Key or other form of API consumer identity to call this API.",
                            currentDelay);
                }
                if (!request.apiKey().equals(apiKey)) {
                    return error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", currentDelay);
                }
                fault = faults.pollFirst();
                currentResponder = responder;
                thoughts = thinkingTokens;
                sequence = ++responses;
            }
            if (fault != null && fault.status() > 0) {
                return error(fault.status(), statusName(fault.status()), errorMessage(fault.status()), currentDelay);
            }
            if (fault != null) {
                return json(200, blocked(request, sequence), currentDelay);
            }
            String text = currentResponder != null ? currentResponder.apply(request) : defaultAnswer(request);
            return json(200, answer(request, text, thoughts, sequence), currentDelay);
        }

        private Request parse(String model, String key, String body) {
            try {
                JsonNode root = JSON.readTree(body);
                String system = texts(root.path("systemInstruction").path("parts"));
                StringBuilder user = new StringBuilder();
                for (JsonNode content : root.path("contents")) {
                    String text = texts(content.path("parts"));
                    if (!"model".equals(content.path("role").asText("user")) && text != null) {
                        user.append(text);
                    }
                }
                JsonNode config = root.path("generationConfig");
                String mime = config.hasNonNull("responseMimeType") ? config.get("responseMimeType").asText() : null;
                String schema = config.hasNonNull("responseSchema") ? JSON.writeValueAsString(config.get("responseSchema")) : null;
                return new Request(model, key, system, user.toString(), mime, schema, body);
            } catch (IOException e) {
                return new Request(model, key, null, "", null, null, body);
            }
        }

        private String texts(JsonNode parts) {
            if (!parts.isArray() || parts.isEmpty()) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            for (JsonNode part : parts) {
                text.append(part.path("text").asText(""));
            }
            return text.toString();
        }

        private String defaultAnswer(Request request) {
            if (request.structured()) {
                return "{}";
            }
            String user = request.user().strip();
            return "Stand-in answer to: " + (user.length() <= 80 ? user : user.substring(0, 80) + "…");
        }

        private ObjectNode answer(Request request, String text, int thoughts, long sequence) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode candidate = root.putArray("candidates").addObject();
            ObjectNode content = candidate.putObject("content");
            content.putArray("parts").addObject().put("text", text);
            content.put("role", "model");
            candidate.put("finishReason", "STOP");
            candidate.put("index", 0);
            int promptTokens = tokens(request.promptText());
            int answerTokens = tokens(text);
            ObjectNode usage = root.putObject("usageMetadata");
            usage.put("promptTokenCount", promptTokens);
            usage.put("candidatesTokenCount", answerTokens);
            usage.put("totalTokenCount", promptTokens + answerTokens + thoughts);
            ObjectNode details = usage.putArray("promptTokensDetails").addObject();
            details.put("modality", "TEXT");
            details.put("tokenCount", promptTokens);
            if (thoughts > 0) {
                usage.put("thoughtsTokenCount", thoughts);
            }
            root.put("modelVersion", request.model());
            root.put("responseId", "standin-" + port + "-" + sequence);
            return root;
        }

        private ObjectNode blocked(Request request, long sequence) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode feedback = root.putObject("promptFeedback");
            feedback.put("blockReason", "SAFETY");
            ArrayNode ratings = feedback.putArray("safetyRatings");
            ObjectNode rating = ratings.addObject();
            rating.put("category", "HARM_CATEGORY_DANGEROUS_CONTENT");
            rating.put("probability", "HIGH");
            int promptTokens = tokens(request.promptText());
            ObjectNode usage = root.putObject("usageMetadata");
            usage.put("promptTokenCount", promptTokens);
            usage.put("totalTokenCount", promptTokens);
            root.put("modelVersion", request.model());
            root.put("responseId", "standin-" + port + "-" + sequence);
            return root;
        }

        private ResponseDefinition error(int status, String statusName, String message, Duration wait) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode error = root.putObject("error");
            error.put("code", status);
            error.put("message", message);
            error.put("status", statusName);
            return json(status, root, wait);
        }

        private ResponseDefinition json(int status, ObjectNode body, Duration wait) {
            ResponseDefinitionBuilder response = WireMock.aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(body.toString());
            if (!wait.isZero()) {
                response.withFixedDelay(Math.toIntExact(wait.toMillis()));
            }
            return response.build();
        }
    }

    /** Roughly Gemini's count for English text: one token per four characters, at least one for any text. */
    static int tokens(String text) {
        return text == null || text.isEmpty() ? 0 : Math.max(1, (text.length() + 3) / 4);
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 500 -> "INTERNAL";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> "UNKNOWN";
        };
    }

    private static String errorMessage(int status) {
        return switch (status) {
            case 429 -> "You exceeded your current quota, please check your plan and billing details.";
            case 500 -> "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting";
            case 503 -> "The model is overloaded. Please try again later.";
            case 504 -> "The request timed out. Please try again.";
            default -> "The stand-in was told to fail this request.";
        };
    }
}
