package org.ccmarchive.web.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.memory.ArticleProfile;
import org.ccmarchive.memory.Attendee;
import org.ccmarchive.memory.Count;
import org.ccmarchive.memory.DecisionDetail;
import org.ccmarchive.memory.DecisionRegister;
import org.ccmarchive.memory.DelegationProfile;
import org.ccmarchive.memory.DelegationSummary;
import org.ccmarchive.memory.FilterOption;
import org.ccmarchive.memory.Meeting;
import org.ccmarchive.memory.MeetingAttended;
import org.ccmarchive.memory.MeetingProfile;
import org.ccmarchive.memory.MeetingSummary;
import org.ccmarchive.memory.PassageVersion;
import org.ccmarchive.memory.PassageView;
import org.ccmarchive.memory.PersonProfile;
import org.ccmarchive.memory.PersonSummary;
import org.ccmarchive.memory.RecordFacts;
import org.ccmarchive.memory.RoleEvidence;
import org.ccmarchive.memory.RoleHeld;
import org.ccmarchive.memory.YearCount;
import org.ccmarchive.web.common.Links;

/**
 * The knowledge base in the JSON API (snake_case by the shared mapper; absent values are null).
 * Field names are a contract: add, never rename.
 */
final class MemoryJson {

  private MemoryJson() {}

  record PassageJson(
      String id,
      String recordId,
      String recordTitle,
      int ordinal,
      String paragraph,
      String section,
      String text,
      String date,
      String meeting,
      String meetingUrl,
      List<String> speakers,
      List<String> persons,
      List<String> articles,
      List<String> topics,
      boolean decision,
      String citation,
      String url,
      String language,
      List<VersionJson> versions) {
    static PassageJson of(PassageView p) {
      return new PassageJson(
          p.id(),
          p.recordId(),
          p.recordTitle(),
          p.ordinal(),
          p.paragraph().orElse(null),
          p.section(),
          p.text(),
          iso(p.date()),
          p.meeting().map(Meeting::label).orElse(null),
          p.meeting().map(MemoryJson::meetingUrl).orElse(null),
          p.speakers(),
          p.persons(),
          p.articles(),
          p.topics(),
          p.decision(),
          p.citation(),
          Links.paragraph(p),
          p.language().orElse(null),
          p.versions().stream().map(VersionJson::of).toList());
    }
  }

  /** The same passage in another language version of its record. */
  record VersionJson(
      String recordId, String recordTitle, int ordinal, String language, String url) {
    static VersionJson of(PassageVersion v) {
      return new VersionJson(
          v.recordId(), v.recordTitle(), v.ordinal(), v.language(), Links.passage(v));
    }
  }

  record DecisionsJson(
      String meeting,
      String article,
      String topic,
      Integer year,
      long total,
      List<PassageJson> decisions,
      List<FilterOption> meetings,
      List<FilterOption> articles,
      List<FilterOption> topics,
      List<FilterOption> years) {
    static DecisionsJson of(DecisionRegister r) {
      var f = r.filter();
      return new DecisionsJson(
          f.meeting().orElse(null),
          f.article().orElse(null),
          f.topic().orElse(null),
          f.year().orElse(null),
          r.total(),
          MemoryJson.passages(r.decisions()),
          r.meetings(),
          r.articles(),
          r.topics(),
          r.years());
    }
  }

  record DecisionJson(PassageJson decision, List<PassageJson> precedents) {
    static DecisionJson of(DecisionDetail d) {
      return new DecisionJson(PassageJson.of(d.decision()), MemoryJson.passages(d.precedents()));
    }
  }

  record EvidenceJson(
      String recordId,
      String recordTitle,
      String meeting,
      String date,
      Integer ordinal,
      String source,
      String url) {
    static EvidenceJson of(RoleEvidence e) {
      return new EvidenceJson(
          e.recordId(),
          e.recordTitle(),
          e.meeting().map(Meeting::label).orElse(null),
          iso(e.date()),
          e.ordinal() > 0 ? e.ordinal() : null,
          e.source(),
          Links.evidence(e));
    }
  }

  record RoleJson(String role, String from, String to, List<EvidenceJson> evidence) {
    static RoleJson of(RoleHeld r) {
      return new RoleJson(
          r.role(),
          iso(r.from()),
          iso(r.to()),
          r.evidence().stream().map(EvidenceJson::of).toList());
    }
  }

  record AttendedJson(
      String meeting, String url, String date, boolean listedPresent, long interventions) {
    static AttendedJson of(MeetingAttended m) {
      return new AttendedJson(
          m.meeting().label(),
          meetingUrl(m.meeting()),
          iso(m.date()),
          m.listedPresent(),
          m.interventions());
    }
  }

  record DelegationRowJson(
      String name,
      String slug,
      long interventions,
      int meetings,
      int roles,
      String first,
      String last,
      String url) {
    static DelegationRowJson of(DelegationSummary d) {
      return new DelegationRowJson(
          d.name(),
          d.slug(),
          d.interventions(),
          d.meetings(),
          d.roles(),
          iso(d.first()),
          iso(d.last()),
          "/delegations/" + d.slug());
    }
  }

  record DelegationJson(
      String name,
      String slug,
      long interventionCount,
      String query,
      List<RoleJson> roles,
      List<AttendedJson> meetings,
      List<YearCount> timeline,
      List<Count> topArticles,
      List<Count> topTopics,
      List<PassageJson> interventions) {
    static DelegationJson of(DelegationProfile d) {
      return new DelegationJson(
          d.name(),
          d.slug(),
          d.interventionCount(),
          d.query(),
          d.roles().stream().map(RoleJson::of).toList(),
          d.meetings().stream().map(AttendedJson::of).toList(),
          d.timeline(),
          d.topArticles(),
          d.topTopics(),
          MemoryJson.passages(d.interventions()));
    }
  }

  record ArticleJson(
      int number,
      String label,
      String title,
      long mentions,
      List<YearCount> timeline,
      List<Count> topDelegations,
      List<PassageJson> latestDecisions,
      List<PassageJson> passages) {
    static ArticleJson of(ArticleProfile a) {
      return new ArticleJson(
          a.number(),
          a.label(),
          a.title(),
          a.mentions(),
          a.timeline(),
          a.topDelegations(),
          MemoryJson.passages(a.latestDecisions()),
          MemoryJson.passages(a.passages()));
    }
  }

  record RecordJson(String id, String title, String type, String date, String url) {
    static RecordJson of(RecordFacts r) {
      return new RecordJson(
          r.id(), r.title(), r.type().orElse(null), iso(r.date()), Links.record(r));
    }
  }

  record MeetingRowJson(
      String meeting,
      String series,
      String session,
      String date,
      long decisions,
      int delegationsPresent,
      List<RecordJson> records,
      String url) {
    static MeetingRowJson of(MeetingSummary m) {
      return new MeetingRowJson(
          m.meeting().label(),
          m.meeting().series(),
          m.meeting().session(),
          iso(m.date()),
          m.decisions(),
          m.delegationsPresent(),
          m.records().stream().map(RecordJson::of).toList(),
          meetingUrl(m.meeting()));
    }
  }

  record AttendeeJson(String delegation, String role, List<String> persons, String status) {
    static AttendeeJson of(Attendee a) {
      return new AttendeeJson(a.delegation(), a.role().orElse(null), a.persons(), a.status());
    }
  }

  record MeetingJson(
      String meeting,
      String series,
      String session,
      String date,
      String place,
      List<RecordJson> records,
      List<AttendeeJson> attendance,
      List<PassageJson> agenda,
      List<PassageJson> decisions,
      MeetingRowJson previous,
      MeetingRowJson next) {
    static MeetingJson of(MeetingProfile m) {
      return new MeetingJson(
          m.meeting().label(),
          m.meeting().series(),
          m.meeting().session(),
          iso(m.date()),
          m.place().orElse(null),
          m.records().stream().map(RecordJson::of).toList(),
          m.attendance().stream().map(AttendeeJson::of).toList(),
          MemoryJson.passages(m.agenda()),
          MemoryJson.passages(m.decisions()),
          m.previous().map(MeetingRowJson::of).orElse(null),
          m.next().map(MeetingRowJson::of).orElse(null));
    }
  }

  record PersonRowJson(
      String name, String slug, long interventions, List<String> delegations, String url) {
    static PersonRowJson of(PersonSummary p) {
      return new PersonRowJson(
          p.name(), p.slug(), p.interventions(), p.delegations(), "/people/" + p.slug());
    }
  }

  record PersonJson(
      String name,
      String slug,
      List<RoleJson> delegations,
      List<RoleJson> roles,
      List<AttendedJson> meetings,
      List<YearCount> timeline,
      List<PassageJson> interventions) {
    static PersonJson of(PersonProfile p) {
      return new PersonJson(
          p.name(),
          p.slug(),
          p.delegations().stream().map(RoleJson::of).toList(),
          p.roles().stream().map(RoleJson::of).toList(),
          p.meetings().stream().map(AttendedJson::of).toList(),
          p.timeline(),
          MemoryJson.passages(p.interventions()));
    }
  }

  static List<PassageJson> passages(List<PassageView> list) {
    return list.stream().map(PassageJson::of).toList();
  }

  static String meetingUrl(Meeting m) {
    return "/meetings/" + m.path();
  }

  private static String iso(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse(null);
  }
}
