package org.ccmarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML SAX stream into {@link TextBlock}s: one per block element, with the page
 * counted from Tika's {@code <div class="page">} wrappers (PDF).
 */
final class BlockCollector extends DefaultHandler {

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "td",
          "th",
          "pre",
          "blockquote",
          "dt",
          "dd",
          "caption");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final long maxChars;
  private long totalChars;
  private TextBlock.Kind currentKind = TextBlock.Kind.PARAGRAPH;
  private int page;
  private int skipDepth;
  private boolean inBody;

  BlockCollector(long maxChars) {
    this.maxChars = maxChars;
  }

  List<TextBlock> blocks() {
    flush();
    return List.copyOf(blocks);
  }

  int pages() {
    return page;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = elementName(localName, qName);
    if (name.equals("body")) {
      inBody = true;
    } else if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth++;
    } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      flush();
      page++;
    } else if (BLOCKS.contains(name)) {
      flush();
      currentKind = kindOf(name);
    } else if (name.equals("br")) {
      current.append('\n');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = elementName(localName, qName);
    if (name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth--;
    } else if (BLOCKS.contains(name) || name.equals("div") || name.equals("tr")) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth > 0 || !inBody) {
      return;
    }
    totalChars += length;
    if (totalChars > maxChars) {
      throw new TextLimitExceeded(maxChars);
    }
    current.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  private void flush() {
    if (!current.isEmpty()) {
      String text = current.toString();
      if (!text.isBlank()) {
        blocks.add(new TextBlock(currentKind, text, page));
      }
      current.setLength(0);
    }
    currentKind = TextBlock.Kind.PARAGRAPH;
  }

  private static TextBlock.Kind kindOf(String name) {
    if (HEADINGS.contains(name)) {
      return TextBlock.Kind.HEADING;
    }
    return switch (name) {
      case "li" -> TextBlock.Kind.LIST_ITEM;
      case "td", "th" -> TextBlock.Kind.TABLE_CELL;
      default -> TextBlock.Kind.PARAGRAPH;
    };
  }

  private static String elementName(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.toLowerCase(Locale.ROOT);
  }

  /** Thrown from inside the SAX stream to stop a parse that produced too much text. */
  static final class TextLimitExceeded extends RuntimeException {
    TextLimitExceeded(long maxChars) {
      super("text exceeds the limit of " + maxChars + " characters");
    }
  }
}
