package org.civicspace.e2e.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civicspace.e2e.hostile.ApiOperations.Operation;
import org.civicspace.e2e.hostile.ApiOperations.Parameter;

/**
 * Generates the hostile requests for one operation, deterministically from a seed: refused credentials, malformed
 * bodies, a wrong type for each property, oversized strings, arrays and pages, bad identifiers, injection strings
 * in body fields, query parameters and headers, and a method the path does not have. The categories take turns,
 * so a small budget still covers each of them; a budget larger than the systematic cases is filled with random
 * combinations of them.
 */
public final class HostileRequests {

    /** What a response must be, besides never a 5xx. */
    public enum Expect {
        /** Anything below 500: the request may be accepted (for example an injection string as a name). */
        ANY,
        /** A 4xx. */
        REFUSED,
        /** 401: the credentials are not valid here. */
        UNAUTHENTICATED,
        /** 403: valid credentials of a role that may not do this. */
        FORBIDDEN,
        /** The answer the same request gets without the added headers: they must change nothing for the caller. */
        AS_WITHOUT_THEM,
        /** A 4xx, or the connection closed without an answer: a body that never comes is no server error. */
        REFUSED_OR_DROPPED,
        /** Anything below 500, or the connection closed without an answer (the client went away). */
        ANY_OR_DROPPED
    }

    /** How a request travels: {@code java.net.http}, or a raw socket for what that client refuses to send. */
    public enum Transport {
        HTTP_CLIENT,
        SOCKET,
        /** A raw socket, half-closed after the body: a client that gives up mid-body. */
        SOCKET_THEN_CLOSE
    }

    /** A header line; a request may carry the same name twice. */
    public record Header(String name, String value) {

        static List<Header> all(Map<String, String> headers) {
            return headers.entrySet().stream().map(h -> new Header(h.getKey(), h.getValue())).toList();
        }
    }

    /** Who sends a request: the operation's authorised caller, a refused role, or credentials that aren't valid. */
    public enum Credential {
        AUTHORISED, FOREIGN_ROLE, NONE, GARBAGE, TAMPERED, UNSIGNED, OTHER_REALM, BASIC, RANDOM_JWT
    }

    /** One request: path and query already percent-encoded; the body as bytes, null when there is none. */
    public record HostileRequest(String category, String description, Credential credential, String method,
            String path, String query, List<Header> headers, byte[] body, Expect expect, Transport transport) {

        public HostileRequest(String category, String description, Credential credential, String method,
                String path, String query, Map<String, String> headers, byte[] body, Expect expect) {
            this(category, description, credential, method, path, query, Header.all(headers), body, expect,
                    Transport.HTTP_CLIENT);
        }

        /** The same request with other headers, sent as {@code transport} says. */
        public HostileRequest with(String category, String description, List<Header> headers, byte[] body,
                Expect expect, Transport transport) {
            return new HostileRequest(category, description, credential, method, path, query, headers, body, expect,
                    transport);
        }
    }

    /** Strings that have broken parsers, queries, templates, loggers and terminals. */
    static final List<String> INJECTIONS = List.of("' OR 1=1--", "'; DROP TABLE organization; --",
            "\" OR \"\"=\"", "1) OR pg_sleep(5)--", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1:1/x}", "#{7*7}${7*7}{{7*7}}", "a\u0000b", "\u0000", "\u202Eevil\u202Dtext",
            "\uD800", "../../../../etc/passwd", "%27%20OR%201%3D1", "line\r\nX-Injected: yes", "%_*\\", "😀👍🏽",
            "{\"$gt\": \"\"}", "\u00A0 \u2028\u2029\uFEFF", "$(id)`id`;|id");

    static final String CATEGORY_CREDENTIALS = "credentials";
    static final String CATEGORY_MALFORMED = "malformed body";
    static final String CATEGORY_TYPES = "wrong type";
    static final String CATEGORY_OVERSIZED = "oversized";
    static final String CATEGORY_INJECTION = "injection";
    static final String CATEGORY_IDENTIFIERS = "bad identifier";
    static final String CATEGORY_PARAMETERS = "query and headers";
    static final String CATEGORY_METHOD = "method";
    public static final List<String> CATEGORIES = List.of(CATEGORY_CREDENTIALS, CATEGORY_MALFORMED, CATEGORY_TYPES,
            CATEGORY_OVERSIZED, CATEGORY_INJECTION, CATEGORY_IDENTIFIERS, CATEGORY_PARAMETERS, CATEGORY_METHOD,
            HeaderAttacks.CATEGORY);

    private static final int OVERSIZED_STRING = 100_000;
    private static final int MAX_BODY_BYTES = 900_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // non-ASCII as \\u escapes, so a lone surrogate reaches the server as JSON wrote it
    private static final JsonMapper WRITER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Operation operation;
    private final Random random;
    private final boolean authorisedCallerExists;
    private final BiFunction<Operation, String, Optional<String>> knownIds;
    private final Map<String, String> randomIds = new LinkedHashMap<>();
    private final JsonNode example;

    /**
     * @param authorisedCallerExists whether some demo user may perform the operation; when none may, or when the
     *        operation is an action with no target and no body (performing it would be the real thing), only
     *        refused credentials are sent
     * @param knownIds an existing resource's id for a path parameter, if any: refused requests are aimed at real
     *        resources, so a refusal that still changed something would show
     */
    public HostileRequests(Operation operation, long seed, boolean authorisedCallerExists,
            BiFunction<Operation, String, Optional<String>> knownIds) {
        this.operation = operation;
        this.random = new Random(seed ^ operation.key().hashCode());
        this.authorisedCallerExists = authorisedCallerExists;
        this.knownIds = knownIds;
        for (Parameter parameter : operation.in("path")) {
            randomIds.put(parameter.name(), new UUID(random.nextLong(), random.nextLong()).toString());
        }
        this.example = operation.body() == null ? null : ApiOperations.valueOf(operation.body(), random);
    }

    /** Whether hostile content is sent by an authorised caller, rather than only under refused credentials. */
    public boolean sendsAsAuthorised() {
        boolean actionWithoutTarget = !operation.isRead() && operation.in("path").isEmpty()
                && operation.body() == null;
        return authorisedCallerExists && !actionWithoutTarget;
    }

    /**
     * The request that finds out whether a user's role may call the operation, without doing anything: random ids,
     * and an unclosed JSON object as the body (roles are checked before the body is read).
     */
    public HostileRequest probe() {
        return request(CATEGORY_CREDENTIALS, "which roles may call it", Credential.AUTHORISED, operation.method(),
                path(), "", jsonHeaders(), operation.body() == null ? null : bytes("{"), Expect.ANY);
    }

    /**
     * A well-formed request that touches nothing real: the authorised caller with random ids and the example body
     * (the action's refused caller when performing it would be the real thing). {@link HeaderAttacks} varies it.
     */
    public HostileRequest plain() {
        Credential credential = sendsAsAuthorised() ? Credential.AUTHORISED : Credential.FOREIGN_ROLE;
        return request(HeaderAttacks.CATEGORY, "without added headers", credential, operation.method(),
                sendsAsAuthorised() ? path() : realPath(), "", jsonHeaders(), exampleBytes(), Expect.ANY);
    }

    /** Exactly {@code budget} requests (at least the credential cases), the categories taking turns. */
    public List<HostileRequest> generate(int budget) {
        List<HostileRequest> credentials = credentialCases();
        List<List<HostileRequest>> others = new ArrayList<>();
        if (sendsAsAuthorised()) {
            others.add(malformedBodies());
            others.add(wrongTypes());
            others.add(oversized());
            others.add(injections());
            others.add(badIdentifiers());
            others.add(parameters());
            others.add(List.of(wrongMethod()));
        }
        others.forEach(list -> Collections.shuffle(list, random));
        List<HostileRequest> requests = new ArrayList<>(credentials);
        for (int turn = 0; requests.size() < budget; turn++) {
            boolean added = false;
            for (List<HostileRequest> category : others) {
                if (turn < category.size() && requests.size() < budget) {
                    requests.add(category.get(turn));
                    added = true;
                }
            }
            if (!added) {
                break;
            }
        }
        while (requests.size() < budget) {
            requests.add(sendsAsAuthorised() ? randomCombination() : randomCredential());
        }
        return requests;
    }

    // ---- credentials

    private List<HostileRequest> credentialCases() {
        List<HostileRequest> cases = new ArrayList<>();
        Expect anonymous = operation.documentedAnonymous() ? Expect.ANY : Expect.UNAUTHENTICATED;
        cases.add(refusedCredential(Credential.NONE, "no token", anonymous));
        cases.add(refusedCredential(Credential.GARBAGE, "a token that is not a JWT", Expect.UNAUTHENTICATED));
        cases.add(refusedCredential(Credential.TAMPERED, "a real token with roles added and the signature kept",
                Expect.UNAUTHENTICATED));
        cases.add(refusedCredential(Credential.UNSIGNED, "a token with alg none", Expect.UNAUTHENTICATED));
        cases.add(refusedCredential(Credential.OTHER_REALM, "a valid token of another realm (issuer, audience)",
                Expect.UNAUTHENTICATED));
        cases.add(refusedCredential(Credential.BASIC, "Basic credentials", anonymous));
        cases.add(refusedCredential(Credential.FOREIGN_ROLE, "a valid token of a role that may not do this",
                Expect.FORBIDDEN));
        return cases;
    }

    private HostileRequest refusedCredential(Credential credential, String description, Expect expect) {
        return request(CATEGORY_CREDENTIALS, description, credential, operation.method(), realPath(), "",
                jsonHeaders(), exampleBytes(), expect);
    }

    private HostileRequest randomCredential() {
        return request(CATEGORY_CREDENTIALS, "a random JWT-shaped token", Credential.RANDOM_JWT, operation.method(),
                realPath(), "", jsonHeaders(), exampleBytes(), Expect.UNAUTHENTICATED);
    }

    // ---- bodies

    private List<HostileRequest> malformedBodies() {
        List<HostileRequest> cases = new ArrayList<>();
        if (operation.body() == null) {
            if (!operation.isRead()) {
                cases.add(authorised(CATEGORY_MALFORMED, "an unexpected malformed JSON body", path(), "",
                        jsonHeaders(), bytes("{\"a\":"), Expect.ANY));
            }
            return cases;
        }
        String valid = text(example);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an unclosed object", "{");
        bodies.put("an empty body", "");
        bodies.put("null", "null");
        bodies.put("an array instead of an object", "[]");
        bodies.put("a string instead of an object", "\"text\"");
        bodies.put("a number instead of an object", "42");
        bodies.put("a member without a value", "{\"a\":}");
        bodies.put("single quotes", "{'a':'b'}");
        bodies.put("the example cut in half", valid.substring(0, valid.length() / 2));
        bodies.put("arrays nested 5,000 deep", "[".repeat(5_000) + "]".repeat(5_000));
        bodies.put("objects nested 3,000 deep", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000));
        bodies.put("a number of 10,000 digits", "[" + "9".repeat(10_000) + "]");
        bodies.put("a comment before the object", "/* hi */" + valid);
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            // an empty body may be a valid "no body" for an operation whose body is optional
            Expect expect = body.getKey().equals("an empty body") ? Expect.ANY : Expect.REFUSED;
            cases.add(authorised(CATEGORY_MALFORMED, body.getKey(), path(), "", jsonHeaders(), bytes(body.getValue()),
                    expect));
        }
        // Jackson ignores what follows the first value by default: accepted, so only "never a 5xx" applies
        cases.add(authorised(CATEGORY_MALFORMED, "the example with trailing garbage", path(), "", jsonHeaders(),
                bytes(valid + "}}]]"), Expect.ANY));
        cases.add(authorised(CATEGORY_MALFORMED, "invalid UTF-8", path(), "", jsonHeaders(),
                new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', (byte) 0xFF, '"', '}' }, Expect.REFUSED));
        cases.add(authorised(CATEGORY_MALFORMED, "the example as text/plain", path(), "",
                Map.of("Content-Type", "text/plain"), bytes(valid), Expect.REFUSED));
        cases.add(authorised(CATEGORY_MALFORMED, "XML with an external entity", path(), "",
                Map.of("Content-Type", "application/xml"),
                bytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"),
                Expect.REFUSED));
        cases.add(authorised(CATEGORY_MALFORMED, "a body over the gateway's 1 MB limit", path(), "", jsonHeaders(),
                bytes("{\"a\":\"" + "A".repeat(1_100_000) + "\"}"), Expect.REFUSED));
        return cases;
    }

    private List<HostileRequest> wrongTypes() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties().entrySet()) {
            for (JsonNode wrong : wrongValuesFor(property.getValue())) {
                cases.add(withProperty(CATEGORY_TYPES, property.getKey(), wrong, "a wrong type or format",
                        Expect.REFUSED));
            }
            if (property.getValue().path("required-here").asBoolean()) {
                cases.add(withProperty(CATEGORY_TYPES, property.getKey(), JSON.nullNode(), "null (required)",
                        Expect.REFUSED));
            }
        }
        return cases;
    }

    /**
     * Values of the wrong type that Jackson does not coerce by default (it reads 1.5 as the int 1, 2 as true and
     * 42 as "42"; such values are not refused, so they are left out here).
     */
    private List<JsonNode> wrongValuesFor(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        switch (ApiOperations.typeOf(schema)) {
            case "integer" -> {
                values.add(JSON.textNode("abc"));
                values.add(JSON.numberNode(new BigInteger("99999999999999999999")));
                values.add(JSON.numberNode(new BigDecimal("1e400")));
                values.add(JSON.objectNode());
            }
            case "number" -> {
                values.add(JSON.textNode("abc"));
                values.add(JSON.numberNode(new BigDecimal("1e400")));
                values.add(JSON.arrayNode());
            }
            case "boolean" -> {
                values.add(JSON.textNode("maybe"));
                values.add(JSON.arrayNode().add(true));
                values.add(JSON.objectNode());
            }
            case "array" -> {
                values.add(JSON.textNode("scalar"));
                values.add(JSON.objectNode().put("a", 1));
                values.add(JSON.arrayNode().add(JSON.arrayNode().add(1)));
            }
            case "object" -> {
                values.add(JSON.textNode("scalar"));
                values.add(JSON.arrayNode().add(1));
                values.add(JSON.numberNode(42));
            }
            default -> {
                values.add(JSON.objectNode().put("a", 1));
                values.add(JSON.arrayNode().add("a"));
                String format = schema.path("format").asText();
                if (schema.path("enum").size() > 0) {
                    values.add(JSON.textNode("NOT-A-VALUE"));
                } else if (!format.isEmpty()) {
                    values.add(JSON.textNode(switch (format) {
                        case "date" -> "2024-02-30";
                        case "date-time" -> "yesterday at noon";
                        case "uuid" -> "not-a-uuid";
                        default -> "not a " + format;
                    }));
                }
            }
        }
        return values;
    }

    private List<HostileRequest> oversized() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties().entrySet()) {
            String type = ApiOperations.typeOf(property.getValue());
            if (type.equals("string")) {
                cases.add(withProperty(CATEGORY_OVERSIZED, property.getKey(),
                        JSON.textNode("A".repeat(OVERSIZED_STRING)),
                        "a string of 100,000 characters", Expect.ANY));
                cases.add(withProperty(CATEGORY_OVERSIZED, property.getKey(),
                        JSON.textNode("é".repeat(OVERSIZED_STRING / 2)), "a string of 50,000 two-byte characters",
                        Expect.ANY));
            } else if (type.equals("array")) {
                JsonNode item = ApiOperations.valueOf(property.getValue().path("items"), random);
                int count = Math.min(10_000, MAX_BODY_BYTES / Math.max(1, text(item).length() + 1));
                ArrayNode many = JSON.arrayNode();
                for (int i = 0; i < count; i++) {
                    many.add(item);
                }
                cases.add(withProperty(CATEGORY_OVERSIZED, property.getKey(), many, "an array of " + count + " items",
                        Expect.ANY));
            } else if (type.equals("integer") || type.equals("number")) {
                cases.add(withProperty(CATEGORY_OVERSIZED, property.getKey(), JSON.numberNode(Long.MAX_VALUE),
                        "the largest long", Expect.ANY));
                cases.add(withProperty(CATEGORY_OVERSIZED, property.getKey(), JSON.numberNode(Integer.MIN_VALUE),
                        "the smallest int", Expect.ANY));
            }
        }
        for (Parameter parameter : operation.in("query")) {
            String type = ApiOperations.typeOf(parameter.schema());
            if (type.equals("integer") || type.equals("number")) {
                for (String value : List.of("2147483648", "1000000", "-1", "0", "-2147483649",
                        "99999999999999999999")) {
                    cases.add(withQuery(CATEGORY_OVERSIZED, parameter.name(), value, "a page or number out of range",
                            Expect.ANY));
                }
            } else {
                cases.add(withQuery(CATEGORY_OVERSIZED, parameter.name(), "A".repeat(2_000),
                        "a value of 2,000 characters", Expect.ANY));
            }
        }
        return cases;
    }

    private List<HostileRequest> injections() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties().entrySet()) {
            if (ApiOperations.typeOf(property.getValue()).equals("string")) {
                for (String injection : INJECTIONS) {
                    cases.add(withProperty(CATEGORY_INJECTION, property.getKey(), JSON.textNode(injection),
                            "injection " + printable(injection), Expect.ANY));
                }
            }
        }
        for (Parameter parameter : operation.in("query")) {
            for (String injection : INJECTIONS) {
                cases.add(withQuery(CATEGORY_INJECTION, parameter.name(), injection,
                        "injection " + printable(injection), Expect.ANY));
            }
        }
        return cases;
    }

    // ---- identifiers, parameters, methods

    private List<HostileRequest> badIdentifiers() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Parameter parameter : operation.in("path")) {
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("not a uuid", encode("not-a-uuid"));
            ids.put("a random uuid", new UUID(random.nextLong(), random.nextLong()).toString());
            ids.put("the nil uuid", "00000000-0000-0000-0000-000000000000");
            ids.put("a uuid with a suffix", encode(randomIds.get(parameter.name()) + "' OR 1=1--"));
            ids.put("a raw ..", "..");
            ids.put("an encoded ../../", encode("../../etc/passwd"));
            ids.put("a very long id", "a".repeat(3_000));
            ids.put("an empty segment", "");
            ids.put("a NUL byte", "%00");
            ids.put("an injection", encode("<script>alert(1)</script>"));
            for (Map.Entry<String, String> id : ids.entrySet()) {
                Map<String, String> override = new LinkedHashMap<>(randomIds);
                override.put(parameter.name(), id.getValue());
                // an empty last segment is the collection's own address (GET /events/ lists events)
                Expect expect = List.of("a random uuid", "the nil uuid", "an empty segment").contains(id.getKey())
                        ? Expect.ANY : Expect.REFUSED;
                cases.add(authorised(CATEGORY_IDENTIFIERS, parameter.name() + ": " + id.getKey(),
                        fill(override), "", jsonHeaders(), exampleBytes(), expect));
            }
        }
        return cases;
    }

    private List<HostileRequest> parameters() {
        List<HostileRequest> cases = new ArrayList<>();
        for (Parameter parameter : operation.in("query")) {
            cases.add(withQuery(CATEGORY_PARAMETERS, parameter.name(), "", "an empty value", Expect.ANY));
            cases.add(withQuery(CATEGORY_PARAMETERS, parameter.name(), "not-a-valid-value", "a value of the wrong "
                    + "type", Expect.ANY));
            StringBuilder repeated = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                repeated.append(i == 0 ? "" : "&").append(encode(parameter.name())).append("=").append(i);
            }
            cases.add(authorised(CATEGORY_PARAMETERS, parameter.name() + " repeated 200 times", path(),
                    "?" + repeated, jsonHeaders(), exampleBytes(), Expect.ANY));
        }
        cases.add(authorised(CATEGORY_PARAMETERS, "unknown parameters", path(),
                "?__proto__%5Ba%5D=1&constructor=x&%00=%00&" + encode("' OR 1=1--") + "=1", jsonHeaders(),
                exampleBytes(), Expect.ANY));
        for (Parameter parameter : operation.in("header")) {
            for (String value : List.of("\"abc\"", "*", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "garbage",
                    "\"" + "9".repeat(4_000) + "\"", "\"' OR 1=1--\"")) {
                Map<String, String> headers = new LinkedHashMap<>(jsonHeaders());
                headers.put(parameter.name(), value);
                cases.add(authorised(CATEGORY_PARAMETERS, parameter.name() + ": " + printable(value), path(), "",
                        headers, exampleBytes(), Expect.ANY));
            }
        }
        Map<String, String> accept = new LinkedHashMap<>(jsonHeaders());
        accept.put("Accept", "application/xml");
        cases.add(authorised(CATEGORY_PARAMETERS, "Accept: application/xml", path(), "", accept, exampleBytes(),
                Expect.ANY));
        return cases;
    }

    private HostileRequest wrongMethod() {
        String method = operation.isRead() ? "DELETE" : "PATCH";
        return request(CATEGORY_METHOD, method + " on the path", Credential.AUTHORISED, method, path(), "",
                jsonHeaders(), exampleBytes(), Expect.REFUSED);
    }

    // ---- random combinations, for budgets larger than the systematic cases

    private HostileRequest randomCombination() {
        List<Supplier<HostileRequest>> kinds = new ArrayList<>();
        Map<String, JsonNode> properties = properties();
        if (!properties.isEmpty()) {
            kinds.add(() -> {
                ObjectNode body = (ObjectNode) example.deepCopy();
                List<String> names = new ArrayList<>(properties.keySet());
                StringBuilder description = new StringBuilder("random values in");
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    String name = names.get(random.nextInt(names.size()));
                    set(body, name, randomValue());
                    description.append(' ').append(name);
                }
                return authorised(CATEGORY_INJECTION, description.toString(), path(), "", jsonHeaders(),
                        bytes(text(body)), Expect.ANY);
            });
        }
        if (operation.body() != null) {
            kinds.add(() -> {
                byte[] garbage = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(garbage);
                return authorised(CATEGORY_MALFORMED, "random bytes", path(), "", jsonHeaders(), garbage,
                        Expect.REFUSED);
            });
        }
        if (!operation.in("query").isEmpty()) {
            kinds.add(() -> {
                Parameter parameter = operation.in("query").get(random.nextInt(operation.in("query").size()));
                return withQuery(CATEGORY_PARAMETERS, parameter.name(), randomString(), "a random value", Expect.ANY);
            });
        }
        if (!operation.in("path").isEmpty()) {
            kinds.add(() -> {
                Map<String, String> override = new LinkedHashMap<>(randomIds);
                String name = operation.in("path").get(random.nextInt(operation.in("path").size())).name();
                override.put(name, encode(randomString()));
                return authorised(CATEGORY_IDENTIFIERS, name + ": a random string", fill(override), "",
                        jsonHeaders(), exampleBytes(), Expect.ANY);
            });
        }
        kinds.add(this::randomCredential);
        return kinds.get(random.nextInt(kinds.size())).get();
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.textNode(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
            case 1 -> JSON.textNode(randomString());
            case 2 -> JSON.numberNode(random.nextLong());
            case 3 -> JSON.booleanNode(random.nextBoolean());
            case 4 -> JSON.arrayNode().add(randomString());
            default -> JSON.objectNode().put(randomString(), randomString());
        };
    }

    private String randomString() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10) == 0 ? 1 + random.nextInt(20_000) : 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0xA0 + random.nextInt(0x2000);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    // ---- building requests

    /** Top-level and nested properties of the body, by dotted name; {@code required-here} marks required ones. */
    private Map<String, JsonNode> properties() {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        if (example instanceof ObjectNode) {
            collect(operation.body(), "", properties, 0);
        }
        return properties;
    }

    private static void collect(JsonNode schema, String prefix, Map<String, JsonNode> into, int depth) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            ObjectNode annotated = property.getValue().deepCopy();
            annotated.put("required-here", required.contains(property.getKey()));
            into.put(prefix + property.getKey(), annotated);
            if (depth < 1 && ApiOperations.typeOf(property.getValue()).equals("object")) {
                collect(property.getValue(), prefix + property.getKey() + ".", into, depth + 1);
            }
        });
    }

    private static void set(ObjectNode body, String dottedName, JsonNode value) {
        String[] names = dottedName.split("\\.");
        ObjectNode target = body;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode next = target.get(names[i]);
            target = next instanceof ObjectNode object ? object : target.putObject(names[i]);
        }
        target.set(names[names.length - 1], value);
    }

    private HostileRequest withProperty(String category, String name, JsonNode value, String description,
            Expect expect) {
        ObjectNode body = (ObjectNode) example.deepCopy();
        set(body, name, value);
        return authorised(category, name + ": " + description, path(), "", jsonHeaders(), bytes(text(body)), expect);
    }

    private HostileRequest withQuery(String category, String name, String value, String description, Expect expect) {
        return authorised(category, name + ": " + description, path(), "?" + encode(name) + "=" + encode(value),
                jsonHeaders(), exampleBytes(), expect);
    }

    private HostileRequest authorised(String category, String description, String path, String query,
            Map<String, String> headers, byte[] body, Expect expect) {
        return request(category, description, Credential.AUTHORISED, operation.method(), path, query, headers,
                body, expect);
    }

    private HostileRequest request(String category, String description, Credential credential, String method,
            String path, String query, Map<String, String> headers, byte[] body, Expect expect) {
        boolean sendsBody = operation.body() != null || !operation.isRead() && body != null && body.length > 0
                && category.equals(CATEGORY_MALFORMED);
        return new HostileRequest(category, description, credential, method, path, query, headers,
                sendsBody ? body : null, expect);
    }

    private Map<String, String> jsonHeaders() {
        return operation.body() == null ? Map.of() : Map.of("Content-Type", "application/json");
    }

    private byte[] exampleBytes() {
        return example == null ? null : bytes(text(example));
    }

    /** The path with random ids: nothing real is touched by an authorised hostile request. */
    private String path() {
        return fill(randomIds);
    }

    /** The path with real ids where known: a refused request that changed something would show. */
    private String realPath() {
        Map<String, String> ids = new LinkedHashMap<>(randomIds);
        for (Parameter parameter : operation.in("path")) {
            knownIds.apply(operation, parameter.name()).ifPresent(id -> ids.put(parameter.name(), id));
        }
        return fill(ids);
    }

    private String fill(Map<String, String> ids) {
        String path = operation.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path;
    }

    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    static String printable(String value) {
        StringBuilder text = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> {
            if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || c > 0xFFFF) {
                text.append(String.format("\\u%04X", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return value.length() > 40 ? text + "…" : text.toString();
    }

    private static String text(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
