package org.ccmarchive.web.memory;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ccmarchive.memory.PassageView;
import org.ccmarchive.memory.SavedSearch;
import org.ccmarchive.web.common.Links;

/**
 * An Atom feed (RFC 4287) of the passages a saved search follows, written with the JDK's StAX
 * writer, which escapes every value; characters XML cannot carry are dropped first.
 */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";
  static final String MEDIA_TYPE = "application/atom+xml";

  private AtomFeed() {}

  /**
   * @param base absolute site URL without trailing slash, for links
   * @param undated the time given to entries whose record has no date (the index's commit time)
   */
  static String write(SavedSearch search, List<PassageView> entries, String base, Instant undated) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", urn("saved-search:" + search.id() + ":" + search.created()));
      text(x, "title", "CCM Archive: " + search.name());
      text(x, "subtitle", "New passages matching “" + search.query() + "”" + filters(search));
      text(
          x,
          "updated",
          time(
              entries.stream()
                  .map(e -> updated(e, undated))
                  .max(Instant::compareTo)
                  .orElse(search.created())));
      x.writeStartElement("author");
      text(x, "name", "CCM Archive");
      x.writeEndElement();
      link(x, "self", base + Links.feed(search), MEDIA_TYPE);
      link(x, "alternate", base + Links.search(search), "text/html");
      for (PassageView p : entries) {
        entry(x, p, base, undated);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the feed", e);
    }
  }

  private static void entry(XMLStreamWriter x, PassageView p, String base, Instant undated)
      throws XMLStreamException {
    x.writeStartElement("entry");
    text(x, "id", urn("passage:" + p.id()));
    text(x, "title", p.citation());
    text(x, "updated", time(updated(p, undated)));
    link(x, "alternate", base + Links.paragraph(p), "text/html");
    for (String s : p.speakers()) {
      x.writeEmptyElement("category");
      x.writeAttribute("term", clean(s));
      x.writeAttribute("label", "speaker: " + clean(s));
    }
    for (String a : p.articles()) {
      x.writeEmptyElement("category");
      x.writeAttribute("term", clean(a));
    }
    x.writeStartElement("content");
    x.writeAttribute("type", "text");
    x.writeCharacters(clean(p.text()));
    x.writeEndElement();
    x.writeEndElement();
  }

  private static Instant updated(PassageView p, Instant undated) {
    return p.date().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(undated);
  }

  private static String filters(SavedSearch s) {
    StringBuilder sb = new StringBuilder();
    s.filters()
        .forEach((k, v) -> sb.append(", ").append(k).append(": ").append(String.join(" or ", v)));
    return sb.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(clean(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", clean(href));
  }

  /** Stable ids: a name-based UUID per saved search and per passage. */
  private static String urn(String name) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("ccm-archive:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Drops characters XML 1.0 cannot carry (control characters, lone surrogates). */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
