package org.ccmarchive.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.ccmarchive.index.IndexSchema;
import org.junit.jupiter.api.Test;

class AttendanceFieldTest {

  private static Document entry(String json) {
    Document d = new Document();
    d.add(new StoredField(IndexSchema.ATTENDANCE, json));
    return d;
  }

  @Test
  void theStoredAttendanceListIsReadWithRolesPersonsAndStatus() {
    String json =
        "{\"present\":[{\"name\":\"Australia\",\"role\":\"Transparency Measures\",\"persons\":"
            + "[{\"title\":\"Ms.\",\"name\":\"Jennifer Cavenagh\"}]},{\"name\":\"ICRC\",\"role\":\"\","
            + "\"persons\":[]}],\"apologies\":[\"Lebanon\"],\"absent\":[\"Costa Rica\"]}";
    assertThat(AttendanceField.read(entry(json)))
        .containsExactly(
            new Attendee(
                "Australia",
                Optional.of("Transparency Measures"),
                List.of("Jennifer Cavenagh"),
                "present"),
            new Attendee("ICRC", Optional.empty(), List.of(), "present"),
            new Attendee("Lebanon", Optional.empty(), List.of(), "apologies"),
            new Attendee("Costa Rica", Optional.empty(), List.of(), "absent"));
  }

  @Test
  void noListOrAnUnreadableOneMeansNoAttendance() {
    assertThat(AttendanceField.read(new Document())).isEmpty();
    assertThat(AttendanceField.read(entry("{broken"))).isEmpty();
  }
}
