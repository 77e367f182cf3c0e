package org.civicspace.e2e.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The partner contract: the API document checked in at {@code docs/api/openapi.json}, from which partners' clients
 * (and the e2e client) are generated, and the changelog ({@code docs/api/CHANGELOG.md}) that names every breaking
 * change to it. What the gateway serves must be that document; a change is accepted on purpose, with
 * {@code -Dcontract.accept=true}, and only when each breaking change is named in the changelog as
 * {@code `METHOD /path`}.
 */
final class Contract {

    static final Path DOCUMENT = Path.of("..", "docs", "api", "openapi.json");
    static final Path CHANGELOG = Path.of("..", "docs", "api", "CHANGELOG.md");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** Two spaces, one value per line, {@code "key": value}: a change to the contract is a readable diff. */
    private static final DefaultPrettyPrinter ONE_VALUE_PER_LINE = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""));
    private static final Pattern NAMED = Pattern.compile("`(GET|PUT|POST|DELETE|PATCH|HEAD) (/[^`]*)`");

    private Contract() {
    }

    static JsonNode checkedIn() {
        return read(DOCUMENT);
    }

    static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The differences between the checked-in contract and {@code served}, breaking ones first; empty if none. */
    static Changes compare(JsonNode served) {
        JsonNode contract = checkedIn();
        if (contract.equals(served)) {
            return new Changes(List.of(), List.of());
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(contract.toString(), served.toString());
        List<String> breaking = new ArrayList<>();
        List<String> compatible = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> breaking.add(e.getMethod() + " " + e.getPathUrl() + " (removed)"));
        diff.getNewEndpoints().forEach(e -> compatible.add(e.getMethod() + " " + e.getPathUrl() + " (new)"));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String name = operation.getHttpMethod() + " " + operation.getPathUrl();
            (operation.isChanged().isIncompatible() ? breaking : compatible).add(name + " (changed)");
        }
        if (breaking.isEmpty() && compatible.isEmpty()) {
            compatible.add("descriptions, examples or schemas outside any operation's shape");
        }
        return new Changes(breaking, compatible);
    }

    /** The breaking changes the changelog does not name. */
    static List<String> unnamed(List<String> breaking) {
        String changelog;
        try {
            changelog = Files.readString(CHANGELOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> named = new ArrayList<>();
        Matcher matcher = NAMED.matcher(changelog);
        while (matcher.find()) {
            named.add(matcher.group(1) + " " + matcher.group(2));
        }
        return breaking.stream().filter(change -> named.stream().noneMatch(change::startsWith)).toList();
    }

    static void accept(JsonNode served) {
        try {
            Files.writeString(DOCUMENT, JSON.writer(ONE_VALUE_PER_LINE)
                    .writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What changed: breaking changes (removed or incompatibly changed operations) and compatible ones. */
    record Changes(List<String> breaking, List<String> compatible) {

        boolean none() {
            return breaking.isEmpty() && compatible.isEmpty();
        }
    }
}
