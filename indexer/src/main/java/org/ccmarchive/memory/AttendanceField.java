package org.ccmarchive.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.ccmarchive.index.IndexSchema;

/**
 * Reads the attendance list the enrichment stores on a record entry, as JSON: {@code {"present":
 * [{"name", "role", "persons": [{"title", "name"}]}], "apologies": [..], "absent": [..]}}. A record
 * without one has no attendance; a list that cannot be read is ignored, not fatal.
 */
final class AttendanceField {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AttendanceField() {}

  static List<Attendee> read(Document recordEntry) {
    String json = recordEntry.get(IndexSchema.ATTENDANCE);
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      JsonNode root = JSON.readTree(json);
      List<Attendee> out = new ArrayList<>();
      for (JsonNode d : root.path("present")) {
        List<String> persons = new ArrayList<>();
        d.path("persons").forEach(p -> persons.add(p.path("name").asText()));
        String role = d.path("role").asText("").strip();
        out.add(
            new Attendee(
                d.path("name").asText(),
                role.isEmpty() ? Optional.empty() : Optional.of(role),
                persons,
                "present"));
      }
      names(root.path("apologies"), "apologies", out);
      names(root.path("absent"), "absent", out);
      return out;
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void names(JsonNode array, String status, List<Attendee> out) {
    array.forEach(n -> out.add(new Attendee(n.asText(), Optional.empty(), List.of(), status)));
  }
}
