package org.civicspace.platform.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.civicspace.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The conventions every service's OpenAPI document follows, applied once here instead of on each operation, so that a
 * client generated from the document behaves as the services do:
 * <ul>
 * <li>every error response is an RFC 9457 problem ({@code application/problem+json}, the {@code Problem} schema);</li>
 * <li>an operation that reads {@code If-Match} requires it (it answers 428 without it, 412 when stale);</li>
 * <li>a secured operation declares 401 and 403, an operation with a body or a query declares 400;</li>
 * <li>the {@code ETag} and {@code Location} headers are declared once, under {@code components/headers};</li>
 * <li>a page of items is named after what it holds: {@code OrganizationPage}, not {@code PageOrganizationView};</li>
 * <li>a text document (Atom, iCalendar, CSV) is a file ({@code format: binary}), not a JSON string.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentConventions implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    static final String RESPONSES = "#/components/responses/";
    private static final String PAGE = "Page";

    /** The shared error responses, by status, in the order they are declared. */
    static final Map<String, String[]> SHARED_ERRORS = new LinkedHashMap<>();

    static {
        SHARED_ERRORS.put("400", new String[] { "BadRequest",
                "Invalid input; `violations` names each invalid field or parameter" });
        SHARED_ERRORS.put("401", new String[] { "Unauthenticated", "No valid bearer token" });
        SHARED_ERRORS.put("403", new String[] { "Forbidden", "The token's roles or organisation do not allow this" });
        SHARED_ERRORS.put("412", new String[] { "PreconditionFailed",
                "Changed since you read it; `currentETag` is the version to read again" });
        SHARED_ERRORS.put("428", new String[] { "PreconditionRequired",
                "If-Match is missing: send the ETag you read" });
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = document.getComponents() == null ? OASFactory.createComponents()
                : document.getComponents();
        document.setComponents(components);
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The resource's version; send it back in If-Match to change it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"3\""))));
        components.addHeader("Location", OASFactory.createHeader()
                .description("Where the created resource is read, on the gateway address you called")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .examples(List.of("/api/v1/registry/organizations/7d9f3c2a-5b1e-4f8a-9c6d-2e4b8a1f3c5d"))));
        SHARED_ERRORS.forEach((status, response) -> components.addResponse(response[0],
                problem(response[1])));
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().values().forEach(path -> operations(path, this::conventions));
        }
        namePages(document);
    }

    private void conventions(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean ifMatch = false;
        boolean input = operation.getRequestBody() != null;
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter> of()
                : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setRequired(true);
                ifMatch = true;
            }
            input |= parameter.getIn() == Parameter.In.QUERY;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (input) {
            shared(responses, "400");
        }
        if (secured) {
            shared(responses, "401");
            shared(responses, "403");
        }
        if (ifMatch) {
            shared(responses, "412");
            shared(responses, "428");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.charAt(0) >= '4' && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent());
            } else if (status.charAt(0) == '2' && response.getContent() != null
                    && response.getContent().getMediaTypes() != null) {
                response.getContent().getMediaTypes().forEach(ApiDocumentConventions::documentAsFile);
            }
        });
    }

    /**
     * A text answer that is a document of its own (Atom, iCalendar, CSV) is declared a file, so that a generated
     * client hands it over as it came instead of reading it as a JSON string.
     */
    private static void documentAsFile(String mediaType, MediaType media) {
        Schema schema = media.getSchema();
        if (!mediaType.contains("json") && schema != null && schema.getRef() == null && schema.getFormat() == null
                && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)) {
            schema.setFormat("binary");
        }
    }

    private static void shared(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED_ERRORS.get(status)[0]));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    /** Renames each SmallRye page instance ({@code PageOrganizationView}) after its items' schema. */
    private static void namePages(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith(PAGE) && items != null && items.getItems() != null
                    && items.getItems().getRef() != null && schema.getProperties().containsKey("next")) {
                renames.put(name, items.getItems().getRef().substring(SCHEMAS.length()) + PAGE);
            }
        });
        if (renames.isEmpty()) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        renames.values().forEach(page -> renamed.get(page).description("One page of "
                + page.substring(0, page.length() - PAGE.length()) + " items; pass `next` as `cursor` to read on"));
        document.getComponents().setSchemas(renamed);
        Consumer<Schema> references = schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS) && renames.containsKey(ref.substring(SCHEMAS.length()))) {
                schema.setRef(SCHEMAS + renames.get(ref.substring(SCHEMAS.length())));
            }
        };
        renamed.values().forEach(schema -> walk(schema, references));
        if (document.getPaths() != null) {
            document.getPaths().getPathItems().values().forEach(path -> operations(path, operation -> {
                List<Content> contents = new ArrayList<>();
                if (operation.getRequestBody() != null) {
                    contents.add(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
                }
                contents.stream().filter(c -> c != null && c.getMediaTypes() != null)
                        .flatMap(c -> c.getMediaTypes().values().stream())
                        .forEach(media -> walk(media.getSchema(), references));
            }));
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).forEach(part -> walk(part, visit));
    }

    private static void operations(PathItem path, Consumer<Operation> action) {
        path.getOperations().values().forEach(action);
    }
}
