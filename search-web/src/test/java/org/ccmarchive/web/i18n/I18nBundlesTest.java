package org.ccmarchive.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.search.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * The three bundles hold the same keys, none blank, every pattern well-formed; and every key the
 * templates and the Java code use is in them (and every key in them is used).
 */
class I18nBundlesTest {

  static final Path TEMPLATES = Path.of("src/main/jte");
  static final Path JAVA = Path.of("src/main/java");

  /** {@code m.t("key"}, {@code m.html("key"}, {@code m.tOr("key"}: a literal key in a template. */
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("\\bm\\.(?:t|html|tOr)\\(\"([^\"]+)\"\\s*([,)+])");

  /**
   * Keys in Java code: {@code .t("key"}, {@code Msg.of("key"}, and the key arguments of the
   * localized exceptions ({@code Refusal.notFound("key"}, {@code new Refusal(403, "key", "key"}…).
   */
  /** The 429 refusals of {@code ClientLimiter} name their message key after other arguments. */
  private static final Pattern LIMITER_KEY =
      Pattern.compile("(?:refuse|refuseIfSpent)\\([^;\"]*\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\"");

  private static final Pattern JAVA_KEY =
      Pattern.compile(
          "(?:\\.t|Msg\\.of|notFound|badRequest|notAccepted|Refusal)\\(\\s*"
              + "(?:HttpStatus\\.\\w+,\\s*|\\d+,\\s*|ctx,\\s*\\d+,\\s*)?"
              + "\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\""
              + "(?:,\\s*\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\")?");

  /** Keys built at run time from a prefix and a value; each value's key is checked below. */
  private static final List<String> DYNAMIC_PREFIXES =
      List.of(
          "facet.", "sort.", "attendance.", "roles.source.", "search.facet.add.", "admin.report.");

  private static Map<String, String> bundle(Lang lang) {
    return Bundles.of(lang);
  }

  @Test
  void frenchAndSpanishHaveExactlyTheEnglishKeysAndNoneIsBlank() {
    Set<String> reference = bundle(Lang.EN).keySet();
    assertThat(reference).hasSizeGreaterThan(250);
    for (Lang lang : Lang.values()) {
      Map<String, String> b = bundle(lang);
      Set<String> missing = new TreeSet<>(reference);
      missing.removeAll(b.keySet());
      Set<String> orphans = new TreeSet<>(b.keySet());
      orphans.removeAll(reference);
      assertThat(missing).as("keys of messages.properties missing from " + lang).isEmpty();
      assertThat(orphans).as("keys of " + lang + " that English does not have").isEmpty();
      b.forEach((k, v) -> assertThat(v.strip()).as(lang + " " + k + " is blank").isNotEmpty());
    }
  }

  @Test
  void bundleFilesAreUtf8AndDeclareNoKeyTwice() throws IOException {
    for (Lang lang : Lang.values()) {
      Path file = Path.of("src/main/resources", Bundles.FOLDER, Bundles.fileName(lang));
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text.getBytes(StandardCharsets.UTF_8)).as(file + " is UTF-8").isEqualTo(bytes);
      List<String> keys =
          text.lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(l -> l.substring(0, l.indexOf('=')))
              .toList();
      assertThat(keys).as(file + " declares a key twice").doesNotHaveDuplicates();
    }
    assertThat(bundle(Lang.FR).get("nav.decisions")).isEqualTo("Décisions");
    assertThat(bundle(Lang.ES).get("nav.help")).isEqualTo("Ayuda para buscar");
  }

  /**
   * Messages a language writes exactly as English does (the same word, or only symbols); any other
   * message equal to its English text is taken for one left untranslated.
   */
  private static final Map<Lang, Set<String>> SAME_AS_ENGLISH =
      Map.of(
          Lang.FR,
          Set.of(
              "nav.articles",
              "facet.article",
              "facet.date",
              "search.took",
              "passage.page",
              "citation.sect",
              "citation.page",
              "record.type",
              "attendance.absent",
              "delegation.interventions",
              "articles.col.passages",
              "articles.article"),
          Lang.ES,
          Set.of("search.took", "admin.report.incremental"));

  @Test
  void frenchAndSpanishTranslateEveryMessage() {
    Map<String, String> en = bundle(Lang.EN);
    for (Lang lang : List.of(Lang.FR, Lang.ES)) {
      Set<String> same = new TreeSet<>();
      bundle(lang)
          .forEach(
              (k, v) -> {
                if (v.equals(en.get(k))) {
                  same.add(k);
                }
              });
      assertThat(same)
          .as(lang + " messages identical to English")
          .isEqualTo(SAME_AS_ENGLISH.get(lang));
    }
  }

  @Test
  void everyPatternParsesUsesTheSameArgumentsAsEnglishAndHasNoAsciiApostrophe() {
    Map<String, String> en = bundle(Lang.EN);
    for (Lang lang : Lang.values()) {
      bundle(lang)
          .forEach(
              (k, v) -> {
                assertThat(v).as(lang + " " + k + ": write ’, not '").doesNotContain("'");
                MessageFormat f = new MessageFormat(v, lang.locale());
                assertThat(arguments(f))
                    .as(lang + " " + k + " uses the arguments English uses")
                    .isEqualTo(arguments(new MessageFormat(en.get(k), Lang.EN.locale())));
              });
    }
  }

  private static int arguments(MessageFormat f) {
    return f.getFormatsByArgumentIndex().length;
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)([^>]*)>");

  /** The markup messages may use: inline tags, and links only to this site. */
  private static final Pattern ALLOWED_TAG =
      Pattern.compile(
          "</?(code|em|strong|q)>|<span lang=\"[a-z]{2}\">|</span>|<a href=\"/[a-z]*\">|</a>");

  @Test
  void markupMessagesUseOnlyInlineTagsAndTheSameInEveryLanguage() {
    Map<String, String> en = bundle(Lang.EN);
    for (Lang lang : Lang.values()) {
      bundle(lang)
          .forEach(
              (k, v) -> {
                List<String> tags = tags(v);
                if (!k.endsWith(".html")) {
                  return;
                }
                for (String tag : tags) {
                  assertThat(ALLOWED_TAG.matcher(tag).matches())
                      .as(lang + " " + k + ": tag " + tag + " not allowed in a message")
                      .isTrue();
                }
                assertThat(tags)
                    .as(lang + " " + k + " has English's tags")
                    .isEqualTo(tags(en.get(k)));
                assertThat(v.replaceAll("\\{[^{}]*}", "").replaceAll("<[^>]*>", ""))
                    .as(lang + " " + k + ": a stray < or & in markup")
                    .doesNotContain("<", ">", "&");
              });
    }
  }

  private static List<String> tags(String v) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(v);
    while (m.find()) {
      tags.add(m.group());
    }
    tags.sort(null);
    return tags;
  }

  @Test
  void everyKeyTheTemplatesUseIsInTheBundles() throws IOException {
    Map<String, String> en = bundle(Lang.EN);
    Map<String, List<String>> used = templateKeys();
    assertThat(used).hasSizeGreaterThan(150);
    Map<String, List<String>> missing = new TreeMap<>();
    used.forEach(
        (key, where) -> {
          boolean dynamic = key.endsWith(".");
          if (dynamic
              ? en.keySet().stream().noneMatch(k -> k.startsWith(key))
              : !en.containsKey(key)) {
            missing.put(key, where);
          }
        });
    assertThat(missing).as("keys used in templates but in no bundle (key → templates)").isEmpty();
  }

  @Test
  void everyKeyTheJavaCodeUsesIsInTheBundles() throws IOException {
    Map<String, String> en = bundle(Lang.EN);
    Map<String, List<String>> used = javaKeys();
    assertThat(used).hasSizeGreaterThan(40);
    Map<String, List<String>> missing = new TreeMap<>(used);
    missing.keySet().removeIf(en::containsKey);
    assertThat(missing).as("keys used in Java but in no bundle (key → files)").isEmpty();
  }

  /** The first string argument of a message-taking call, whatever it holds. */
  private static final Pattern MESSAGE_CALL =
      Pattern.compile(
          "(?:Msg\\.of|notFound|badRequest|notAccepted|Refusal)\\(\\s*"
              + "(?:HttpStatus\\.\\w+,\\s*|\\d+,\\s*|ctx,\\s*\\d+,\\s*)?\"([^\"]*)\"");

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

  @Test
  void errorsAreRaisedWithMessageKeysNotText() throws IOException {
    List<String> text = new ArrayList<>();
    int calls = 0;
    for (Path j : files(JAVA, ".java")) {
      Matcher m = MESSAGE_CALL.matcher(Files.readString(j));
      while (m.find()) {
        calls++;
        if (!KEY.matcher(m.group(1)).matches()) {
          text.add(j.getFileName() + ": \"" + m.group(1) + "\"");
        }
      }
    }
    assertThat(calls).isGreaterThan(40);
    assertThat(text).as("messages written into the code instead of a bundle key").isEmpty();
  }

  @Test
  void keysBuiltAtRunTimeExistForEveryValue() {
    Map<String, String> en = bundle(Lang.EN);
    List<String> expected = new ArrayList<>();
    IndexSchema.FACETS.forEach(d -> expected.add("facet." + d));
    expected.add("facet.date");
    for (SortOrder s : SortOrder.values()) {
      expected.add("sort." + s.param());
    }
    // Attendee.status() values, and the RoleEvidence sources KnowledgeBase writes.
    Stream.of("present", "absent", "apologies").forEach(s -> expected.add("attendance." + s));
    Stream.of("attendance list", "section heading", "speaking for", "stated in the record")
        .forEach(s -> expected.add("roles.source." + s.replace(' ', '-')));
    expected.add("search.facet.add.speaker");
    expected.add("search.facet.add.country");
    expected.add("admin.report.full");
    expected.add("admin.report.incremental");
    assertThat(en.keySet()).containsAll(expected);
  }

  @Test
  void everyBundleKeyIsUsed() throws IOException {
    Set<String> used = new TreeSet<>(templateKeys().keySet());
    used.addAll(javaKeys().keySet());
    Set<String> unused = new TreeSet<>(bundle(Lang.EN).keySet());
    unused.removeIf(
        k -> used.contains(k) || DYNAMIC_PREFIXES.stream().anyMatch(p -> k.startsWith(p)));
    assertThat(unused).as("keys no template or class uses").isEmpty();
  }

  /** Literal keys in the templates, with the templates using them. */
  static Map<String, List<String>> templateKeys() throws IOException {
    Map<String, List<String>> used = new TreeMap<>();
    for (Path t : files(TEMPLATES, ".jte")) {
      Matcher m = TEMPLATE_KEY.matcher(Files.readString(t));
      while (m.find()) {
        used.computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(TEMPLATES.relativize(t).toString());
      }
    }
    return used;
  }

  static Map<String, List<String>> javaKeys() throws IOException {
    Map<String, List<String>> used = new TreeMap<>();
    for (Path j : files(JAVA, ".java")) {
      String code = Files.readString(j);
      for (Pattern p : List.of(JAVA_KEY, LIMITER_KEY)) {
        Matcher m = p.matcher(code);
        while (m.find()) {
          for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
              used.computeIfAbsent(m.group(g), k -> new ArrayList<>())
                  .add(j.getFileName().toString());
            }
          }
        }
      }
    }
    return used;
  }

  static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
