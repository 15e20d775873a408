package org.ccmarchive.index;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.ccmarchive.enrich.PassageFacts;

/** Writes what enrichment found in a passage: searchable, stored and as facet values. */
final class PassageFields {

  private PassageFields() {}

  static void add(Document doc, PassageFacts f) {
    addAll(doc, IndexSchema.SPEAKER, IndexSchema.FACET_SPEAKER, f.speakers());
    addAll(doc, IndexSchema.PERSON, IndexSchema.FACET_PERSON, f.persons());
    addAll(doc, IndexSchema.ARTICLE, IndexSchema.FACET_ARTICLE, f.articles());
    addAll(doc, IndexSchema.TOPIC, IndexSchema.FACET_TOPIC, f.topics());
    addAll(doc, IndexSchema.COUNTRY, IndexSchema.FACET_COUNTRY, f.countries());
    if (f.decision()) {
      doc.add(new StringField(IndexSchema.DECISION, "true", Field.Store.YES));
    }
  }

  private static void addAll(Document doc, String field, String dim, List<String> values) {
    for (String v : values) {
      doc.add(new TextField(field, v, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(dim, v));
    }
  }

  /**
   * The meeting is searchable as a whole ({@code Coordination Committee › 2024-01-30}) and by its
   * series alone ({@code meeting:"Coordination Committee"}); stored once, as the whole path.
   */
  static void addMeeting(Document doc, String meeting, Field.Store store) {
    doc.add(new TextField(IndexSchema.MEETING, meeting, store));
    String[] path = meetingPath(meeting);
    if (path.length > 1) {
      doc.add(new TextField(IndexSchema.MEETING, path[0], Field.Store.NO));
    }
  }

  static String[] meetingPath(String meeting) {
    // "›" is how paths are written and stored; "/" is how facet values and URLs write them.
    return Arrays.stream(meeting.split("\\s*[›/]\\s*"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
