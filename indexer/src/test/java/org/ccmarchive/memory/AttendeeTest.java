package org.ccmarchive.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.ccmarchive.enrich.AttendanceCodec;
import org.junit.jupiter.api.Test;

class AttendeeTest {

  @Test
  void theStoredAttendanceListIsReadWithRolesPersonsAndStatus() {
    String json =
        "{\"present\":[{\"name\":\"Ruritania\",\"role\":\"Clearance Coordinator\",\"persons\":"
            + "[{\"title\":\"Mr.\",\"name\":\"Anton Vell\"}]},{\"name\":\"Mine Action Fund\","
            + "\"role\":\" \",\"persons\":[]}],\"apologies\":[\"Borduria\"],\"absent\":[\"Syldavia\"]}";
    assertThat(Attendee.of(AttendanceCodec.fromJson(json)))
        .containsExactly(
            new Attendee(
                "Ruritania",
                Optional.of("Clearance Coordinator"),
                List.of("Anton Vell"),
                "present"),
            new Attendee("Mine Action Fund", Optional.empty(), List.of(), "present"),
            new Attendee("Borduria", Optional.empty(), List.of(), "apologies"),
            new Attendee("Syldavia", Optional.empty(), List.of(), "absent"));
  }

  @Test
  void noListMeansNoAttendanceButAnUnreadableOneIsAClearError() {
    assertThat(Attendee.of(AttendanceCodec.fromJson(null))).isEmpty();
    assertThat(Attendee.of(AttendanceCodec.fromJson(""))).isEmpty();
    assertThatThrownBy(() -> AttendanceCodec.fromJson("{broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("attendance list")
        .hasMessageContaining("./ccm index --full");
  }
}
