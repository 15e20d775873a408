package org.ccmarchive.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * No template writes words of its own: with the jte code taken out (expressions, directives,
 * template calls), what is left of every template — its text and its readable attributes ({@code
 * title}, {@code aria-label}, {@code placeholder}, {@code alt}) — holds no word, so every label
 * comes from the bundles. Query syntax in {@code <code>} is the same in every language and allowed.
 */
class TemplateTextTest {

  /** Words that are the same in every language: file formats. */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("CSV", "JSON", "RIS", "CSL");

  private static final Set<String> READABLE_ATTRIBUTES =
      Set.of("title", "aria-label", "placeholder", "alt", "label");

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  @Test
  void templatesHoldNoHardCodedWords() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> templates = I18nBundlesTest.files(I18nBundlesTest.TEMPLATES, ".jte");
    assertThat(templates).hasSizeGreaterThan(20);
    for (Path t : templates) {
      for (String word : hardCodedWords(Files.readString(t))) {
        found.add(I18nBundlesTest.TEMPLATES.relativize(t) + ": " + word);
      }
    }
    assertThat(found).as("text written in templates instead of message keys").isEmpty();
  }

  @Test
  void theCheckFindsWordsInTextAndAttributesButNotInCode() {
    assertThat(
            hardCodedWords(
                "@param Messages m\n<p title=\"Tip\">Hello ${m.t(\"x\")}"
                    + " @if(a.equals(\"b\"))<b>Bye</b>@elseOr@endif</p>"))
        .containsExactly("Tip", "Hello", "Bye", "Or");
    assertThat(
            hardCodedWords(
                "@template.layout.page(m = m, title = \"Nope\", content = @`<h1>Title</h1>"
                    + "${m.html(\"k\", @`<a href=\"/x\">Link</a>`, 2)}`)"))
        .containsExactly("Title", "Link");
    assertThat(hardCodedWords("<%-- a comment --%><code>speaker:Australia</code> CSV")).isEmpty();
  }

  /** The words a template writes itself, in order. */
  static List<String> hardCodedWords(String template) {
    StringBuilder markup = new StringBuilder();
    new JteStripper(template, markup).scan(false);
    List<String> words = new ArrayList<>();
    var doc = Jsoup.parse(markup.toString());
    doc.traverse(
        (Node node, int depth) -> {
          if (node instanceof TextNode text && !insideCode(text)) {
            words(text.text(), words);
          } else if (node instanceof Element e) {
            for (Attribute a : e.attributes()) {
              if (READABLE_ATTRIBUTES.contains(a.getKey())) {
                words(a.getValue(), words);
              }
            }
          }
        });
    return words;
  }

  private static boolean insideCode(TextNode text) {
    for (Element e = (Element) text.parent(); e != null; e = e.parent()) {
      if (e.normalName().equals("code")) {
        return true;
      }
    }
    return false;
  }

  /** Document symbols ({@code CCM/MSP/2024/11}) are the same in every language. */
  private static final Pattern SYMBOL = Pattern.compile("\\b[A-Z]{2,}(?:/[A-Za-z0-9.*]+)+");

  private static void words(String text, List<String> out) {
    Matcher m = WORD.matcher(SYMBOL.matcher(text).replaceAll(" "));
    while (m.find()) {
      if (!SAME_IN_EVERY_LANGUAGE.contains(m.group())) {
        out.add(m.group());
      }
    }
  }

  /**
   * Copies a jte template's markup, leaving out its code: {@code ${…}}, {@code !{…}},
   * {@code @if(…)} and the other keywords, {@code @import}/{@code @param} lines, template calls and
   * comments; the markup of content blocks ({@code @`…`}) inside code is copied too.
   */
  private static final class JteStripper {
    private final String s;
    private final StringBuilder out;
    private int i;

    JteStripper(String s, StringBuilder out) {
      this.s = s;
      this.out = out;
    }

    /** Copies markup up to the end, or to the backtick closing a content block. */
    void scan(boolean inBlock) {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (inBlock && c == '`') {
          i++;
          return;
        }
        if (s.startsWith("<%--", i)) {
          int end = s.indexOf("--%>", i);
          i = end < 0 ? s.length() : end + 4;
        } else if (s.startsWith("${", i) || s.startsWith("!{", i)) {
          i++;
          code();
        } else if (s.startsWith("$unsafe{", i)) {
          i += 7;
          code();
        } else if (c == '@') {
          directive();
        } else {
          out.append(c);
          i++;
        }
      }
    }

    private void directive() {
      if (s.startsWith("@import ", i) || s.startsWith("@param ", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end + 1;
      } else if (s.startsWith("@if(", i) || s.startsWith("@for(", i)) {
        i = s.indexOf('(', i);
        code();
      } else if (s.startsWith("@elseif(", i)) {
        i += 7;
        code();
      } else if (s.startsWith("@endif", i)) {
        i += 6;
        out.append(' ');
      } else if (s.startsWith("@endfor", i)) {
        i += 7;
        out.append(' ');
      } else if (s.startsWith("@else", i)) {
        i += 5;
        out.append(' ');
      } else if (s.startsWith("@template.", i)) {
        i = s.indexOf('(', i);
        code();
      } else {
        out.append('@');
        i++;
      }
    }

    /**
     * Skips balanced Java code from the bracket at {@code i}, with its string and char literals;
     * content blocks in it are scanned as markup.
     */
    private void code() {
      int depth = 0;
      out.append(' ');
      while (i < s.length()) {
        char c = s.charAt(i);
        if (s.startsWith("@`", i)) {
          i += 2;
          scan(true);
          out.append(' ');
          continue;
        }
        if (c == '"' || c == '\'') {
          i = endOfLiteral(c);
          continue;
        }
        if (c == '(' || c == '{' || c == '[') {
          depth++;
        } else if (c == ')' || c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            i++;
            return;
          }
        }
        i++;
      }
    }

    private int endOfLiteral(char quote) {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) != quote) {
        j += s.charAt(j) == '\\' ? 2 : 1;
      }
      return j + 1;
    }
  }
}
