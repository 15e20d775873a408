package org.ccmarchive.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one codec of attendance lists: stores an {@link Attendance} as compact JSON in the index and
 * reads it back. A list that cannot be read is an error, never an empty list: losing who attended
 * silently would make delegations and people pages wrong without a trace.
 */
public final class AttendanceCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AttendanceCodec() {}

  public static String toJson(Attendance a) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode present = root.putArray("present");
    for (Attendance.Delegation d : a.present()) {
      ObjectNode del = present.addObject().put("name", d.name()).put("role", d.role());
      ArrayNode persons = del.putArray("persons");
      for (Attendance.Person p : d.persons()) {
        persons.addObject().put("title", p.title()).put("name", p.name());
      }
    }
    a.apologies().forEach(root.putArray("apologies")::add);
    a.absent().forEach(root.putArray("absent")::add);
    return root.toString();
  }

  public static Attendance fromJson(String json) {
    if (json == null || json.isBlank()) {
      return Attendance.NONE;
    }
    try {
      JsonNode root = JSON.readTree(json);
      List<Attendance.Delegation> present = new ArrayList<>();
      for (JsonNode d : root.path("present")) {
        List<Attendance.Person> persons = new ArrayList<>();
        for (JsonNode p : d.path("persons")) {
          persons.add(new Attendance.Person(p.path("title").asText(), p.path("name").asText()));
        }
        present.add(
            new Attendance.Delegation(d.path("name").asText(), d.path("role").asText(), persons));
      }
      return new Attendance(
          present, strings(root.path("apologies")), strings(root.path("absent")), Set.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "The attendance list stored in the index is not valid JSON ("
              + e.getOriginalMessage()
              + "): rebuild the index with ./ccm index --full.",
          e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
