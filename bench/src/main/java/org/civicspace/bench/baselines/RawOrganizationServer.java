package org.civicspace.bench.baselines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The raw baseline of the service-vs-baseline benchmark: the least code that answers registry-service's anonymous
 * {@code GET /api/v1/registry/organizations/{id}} from the same table. Vert.x Web and the reactive PostgreSQL client
 * (what Quarkus itself runs on), one prepared query that reads the organisation's row and, for a country office, its
 * headquarters' row (a LEFT JOIN), and a JSON body of the same fields, in the same order, with an ETag of the
 * version. No transaction, no security, no validation, no problem bodies: a missing or pending organisation is a
 * bare 404.
 *
 * <p>Usage: {@code RawOrganizationServer <port> <postgresql://user:password@host:port/database> <pool size>}; it
 * listens on 127.0.0.1 with one HTTP server per event loop (as Quarkus does) and runs until it is terminated.
 */
public final class RawOrganizationServer {

    // the columns OrganizationViews.of reads for the public view (the service loads the whole row)
    private static final String SELECT = """
            SELECT o.id, o.identifier_agency, o.identifier_number, o.legal_name, o.acronym, o.other_names, o.type,
                   o.headquarters_country, o.countries_of_operation, o.themes, o.working_languages, o.year_founded,
                   o.website, o.status, o.dgc_associated_since, o.ecosoc_status, o.ecosoc_since, o.registered_at,
                   o.updated_at, o.version, p.id AS parent_id, p.legal_name AS parent_legal_name,
                   p.headquarters_country AS parent_country, p.status AS parent_status
            FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
            WHERE o.id = $1""";

    private RawOrganizationServer() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: RawOrganizationServer <port> <postgresql URI> <pool size>");
        }
        int port = Integer.parseInt(args[0]);
        PgConnectOptions database = PgConnectOptions.fromUri(args[1]).setCachePreparedStatements(true);
        int poolSize = Integer.parseInt(args[2]);
        int eventLoops = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        Pool pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(poolSize).setEventLoopSize(eventLoops))
                .connectingTo(database)
                .using(vertx)
                .build();
        vertx.deployVerticle(() -> new HttpVerticle(pool, port), new DeploymentOptions().setInstances(eventLoops))
                .onSuccess(id -> System.out.printf("raw organisation server on 127.0.0.1:%d, %d event loops, pool of "
                        + "%d%n", port, eventLoops, poolSize))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    /** One HTTP server on one event loop; Vert.x spreads the connections of the shared port over them. */
    private static final class HttpVerticle extends AbstractVerticle {

        private final Pool pool;
        private final int port;

        HttpVerticle(Pool pool, int port) {
            this.pool = pool;
            this.port = port;
        }

        @Override
        public void start(Promise<Void> started) {
            Router router = Router.router(vertx);
            // OrganizationResource's path; the driver checks that both answer with the organisation asked for
            router.get("/api/v1/registry/organizations/:id").handler(this::get);
            vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
                    .<Void>mapEmpty().onComplete(started);
        }

        private void get(RoutingContext context) {
            UUID id;
            try {
                id = UUID.fromString(context.pathParam("id"));
            } catch (IllegalArgumentException e) {
                context.response().setStatusCode(404).end();
                return;
            }
            pool.preparedQuery(SELECT).execute(Tuple.of(id)).onComplete(result -> {
                if (result.failed()) {
                    context.response().setStatusCode(500).end();
                    return;
                }
                Row row = result.result().size() == 1 ? result.result().iterator().next() : null;
                // anonymous callers do not see pending registrations (OrganizationStatus.isPublic)
                if (row == null || "pending".equals(row.getString("status"))) {
                    context.response().setStatusCode(404).end();
                    return;
                }
                context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                        .putHeader(HttpHeaders.ETAG, "\"" + row.getLong("version") + "\"")
                        .end(view(row).toBuffer());
            });
        }
    }

    /** The public view, as OrganizationView serialises it: its field order, null fields left out. */
    static JsonObject view(Row row) {
        JsonObject view = new JsonObject();
        String agency = row.getString("identifier_agency");
        String number = row.getString("identifier_number");
        view.put("id", row.getUUID("id").toString());
        view.put("identifier", new JsonObject().put("agency", agency).put("number", number)
                .put("value", agency + "-" + number));
        view.put("legalName", row.getString("legal_name"));
        putIfPresent(view, "acronym", row.getString("acronym"));
        view.put("otherNames", row.getJsonObject("other_names"));
        view.put("type", row.getString("type"));
        view.put("headquartersCountry", row.getString("headquarters_country"));
        view.put("countriesOfOperation", strings(row.getArrayOfStrings("countries_of_operation")));
        view.put("themes", strings(row.getArrayOfStrings("themes")));
        view.put("workingLanguages", strings(row.getArrayOfStrings("working_languages")));
        putIfPresent(view, "yearFounded", row.getInteger("year_founded"));
        putIfPresent(view, "website", row.getString("website"));
        view.put("status", row.getString("status"));
        UUID parent = row.getUUID("parent_id");
        String parentStatus = row.getString("parent_status");
        if (parent != null) {
            view.put("headquarters", new JsonObject().put("id", parent.toString())
                    .put("legalName", row.getString("parent_legal_name"))
                    .put("headquartersCountry", row.getString("parent_country")).put("status", parentStatus));
        }
        view.put("suspendedThroughParent", "suspended".equals(parentStatus));
        LocalDate dgcSince = row.getLocalDate("dgc_associated_since");
        String ecosoc = row.getString("ecosoc_status");
        if (dgcSince != null || ecosoc != null) {
            JsonObject accreditation = new JsonObject();
            putIfPresent(accreditation, "dgcAssociatedSince", dgcSince == null ? null : dgcSince.toString());
            putIfPresent(accreditation, "ecosocStatus", ecosoc);
            LocalDate ecosocSince = row.getLocalDate("ecosoc_since");
            putIfPresent(accreditation, "ecosocSince", ecosocSince == null ? null : ecosocSince.toString());
            view.put("accreditation", accreditation);
        }
        view.put("registeredAt", instant(row.getOffsetDateTime("registered_at")));
        view.put("updatedAt", instant(row.getOffsetDateTime("updated_at")));
        return view;
    }

    private static void putIfPresent(JsonObject object, String name, Object value) {
        if (value != null) {
            object.put(name, value);
        }
    }

    private static JsonArray strings(String[] values) {
        return new JsonArray(Arrays.asList(values));
    }

    /** As Jackson writes an Instant: ISO-8601 in UTC, the fraction in groups of three digits. */
    private static String instant(OffsetDateTime time) {
        return time.toInstant().toString();
    }
}
