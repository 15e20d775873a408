package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ccmarchive.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document at {@code /api/openapi.json} is a valid OpenAPI 3.1 description, names every
 * {@code /api/} route of the app and no other, and the real answers of the seed corpus validate
 * against the schemas it gives for them (every record, delegation, meeting and person).
 */
class OpenApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @TempDir static Path work; // the index in work/index: its report goes beside it
  static TestServer server;
  static JsonNode description;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.seedCorpus(), work.resolve("index"));
    HttpResponse<String> r = server.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    description = JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void theDescriptionIsValidOpenApi31() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    var result =
        new OpenAPIV3Parser().readContents(JSON.writeValueAsString(description), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Error", "Passage");
  }

  @Test
  void everyApiRouteIsDescribedAndNothingElse() {
    Set<String> described = new TreeSet<>();
    description.get("paths").fieldNames().forEachRemaining(described::add);
    assertThat(described).isEqualTo(server.apiGetRoutes());
  }

  @Test
  void searchAnswersValidate() throws Exception {
    for (String q :
        List.of(
            "q=clearance",
            "q=" + enc("Norway universalization"),
            "q=clearance&size=3&page=2&meeting=" + enc("Coordination Committee"),
            "q=clearanse",
            "q=zzzqqq+clearance&speaker=Chile",
            "q=clearance&after=*",
            "q=&sort=newest&from=2024&to=2025",
            "q=" + enc("\"risk education\"") + "&article=" + enc("Article 4"))) {
      valid("/api/search", "/api/search?" + q);
    }
    valid("/api/facets/{dim}", "/api/facets/speaker?prefix=A&limit=5");
    valid("/api/export.json", "/api/export.json?q=clearance");
    HttpResponse<String> csv = server.get("/api/export.csv?q=clearance");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
  }

  @Test
  void everyRecordValidates() throws Exception {
    JsonNode export = valid("/api/export.json", "/api/export.json?q=");
    Set<String> records = new TreeSet<>();
    export.get("rows").forEach(r -> records.add(r.get("record").asText()));
    assertThat(records).hasSizeGreaterThanOrEqualTo(9);
    int versions = 0;
    for (String id : records) {
      JsonNode doc = valid("/api/documents/{id}", "/api/documents/" + id);
      for (JsonNode p : doc.get("passages")) {
        if (!doc.get("versions").isEmpty()) {
          valid(
              "/api/documents/{id}/passages/{ordinal}/versions",
              "/api/documents/" + id + "/passages/" + p.get("ordinal").asInt() + "/versions");
          versions++;
          break;
        }
      }
    }
    assertThat(versions).as("records with language versions").isPositive();
  }

  @Test
  void knowledgeBaseAnswersValidate() throws Exception {
    JsonNode decisions = valid("/api/decisions", "/api/decisions");
    assertThat(decisions.get("decisions")).isNotEmpty();
    for (JsonNode d : decisions.get("decisions")) {
      valid(
          "/api/decisions/{record}/{ordinal}",
          "/api/decisions/" + d.get("record_id").asText() + "/" + d.get("ordinal").asInt());
    }
    valid("/api/decisions", "/api/decisions?article=" + enc("Article 4"));
    for (JsonNode d : valid("/api/delegations", "/api/delegations").get("delegations")) {
      valid("/api/delegations/{name}", "/api" + d.get("url").asText());
    }
    for (JsonNode m : valid("/api/meetings", "/api/meetings").get("meetings")) {
      valid("/api/meetings/{series}/{session}", "/api" + m.get("url").asText());
    }
    for (JsonNode p : valid("/api/people", "/api/people").get("people")) {
      valid("/api/people/{name}", "/api" + p.get("url").asText());
    }
    int saved =
        server
            .postForm(
                "/saved", "name=Clearance+in+2025&q=clearance&year=2025", "Origin", server.base())
            .statusCode();
    assertThat(saved).as("saving a search").isEqualTo(303);
    assertThat(valid("/api/saved", "/api/saved").get("searches")).isNotEmpty();
    for (int n : new int[] {3, 4, 5, 7}) {
      valid("/api/articles/{n}", "/api/articles/" + n);
    }
  }

  @Test
  void refusalsValidateAsErrors() throws Exception {
    valid("/api/documents/{id}", "/api/documents/no-such-record.pdf", 404);
    valid("/api/search", "/api/search?q=" + enc("(unclosed"), 400);
    valid("/api/search", "/api/search?q=x&after=not-a-cursor", 400);
    valid("/api/saved", "/api/saved?page=99", 400);
  }

  private static JsonNode valid(String path, String url) throws Exception {
    return valid(path, url, 200);
  }

  /** Fetches {@code url} and validates its body against the schema of {@code path}'s answer. */
  private static JsonNode valid(String path, String url, int status) throws Exception {
    HttpResponse<String> r = server.get(url);
    assertThat(r.statusCode()).as(url).isEqualTo(status);
    JsonNode body = JSON.readTree(r.body());
    JsonNode answer = description.at(jsonPointer(path, status));
    assertThat(answer.isMissingNode()).as("described: %s %d", path, status).isFalse();
    List<String> errors = new ArrayList<>();
    for (ValidationMessage m : schema(answer).validate(body)) {
      errors.add(m.getMessage());
    }
    assertThat(errors)
        .as("%s against the schema of %s %d: %.300s", url, path, status, r.body())
        .isEmpty();
    return body;
  }

  private static String jsonPointer(String path, int status) {
    String escaped = path.replace("~", "~0").replace("/", "~1");
    return "/paths/" + escaped + "/get/responses/" + status + "/content/application~1json/schema";
  }

  /** The answer's schema with the description's components beside it, so its refs resolve. */
  private static JsonSchema schema(JsonNode answer) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    Iterator<String> names = answer.fieldNames();
    names.forEachRemaining(n -> root.set(n, answer.get(n)));
    root.set("components", description.get("components"));
    return SCHEMAS.getSchema(root);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
