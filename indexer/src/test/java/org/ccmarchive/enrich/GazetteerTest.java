package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void aliasesInEnglishFrenchAndSpanishNameOneState() {
    assertThat(gazetteer.lookup("Lao People's Democratic Republic").orElseThrow().name())
        .isEqualTo("Lao PDR");
    assertThat(gazetteer.lookup("Pays-Bas").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookup("Países Bajos").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookup("the Netherlands").orElseThrow().name()).isEqualTo("Netherlands");
  }

  @Test
  void aNameAsTypedIgnoresCaseAccentsAndALeadingThe() {
    assertThat(gazetteer.lookupTyped("tchad").orElseThrow().name()).isEqualTo("Chad");
    assertThat(gazetteer.lookupTyped("PAISES BAJOS").orElseThrow().name()).isEqualTo("Netherlands");
    assertThat(gazetteer.lookupTyped("the netherlands").orElseThrow().name())
        .isEqualTo("Netherlands");
    assertThat(gazetteer.lookupTyped("Atlantis")).isEmpty();
  }

  @Test
  void longestNameWinsAndWordsMustBeWhole() {
    assertThat(gazetteer.find("Papua New Guinea and Nigeria, not Niger's"))
        .extracting(m -> m.entity().name())
        .containsExactly("Papua New Guinea", "Nigeria", "Niger");
    assertThat(gazetteer.find("the US dollar and Nigerien francs")).isEmpty();
  }

  @Test
  void organisationsAreKnownByAcronymAndFullName() {
    assertThat(
            gazetteer.find("the International Committee of the Red Cross (ICRC) and the ISU-CCM"))
        .extracting(m -> m.entity().name())
        .as("a full name with its acronym in brackets is one mention")
        .containsExactly("ICRC", "ISU");
  }

  @Test
  void namesAreFoundExactlyWhereOneExpressionOfEveryAliasFindsThem() throws IOException {
    Map<String, Gazetteer.Entity> aliases = new LinkedHashMap<>();
    for (String[] row : org.ccmarchive.data.TsvFile.rows(Gazetteer.class, "states.tsv")) {
      aliases.put(row[1], null);
      for (String a : (row.length > 2 ? row[2] : "").split("\\|")) {
        aliases.putIfAbsent(a.strip(), null);
      }
    }
    for (String[] row : org.ccmarchive.data.TsvFile.rows(Gazetteer.class, "organisations.tsv")) {
      aliases.put(row[0], null);
      for (String a : (row.length > 1 ? row[1] : "").split("\\|")) {
        aliases.putIfAbsent(a.strip(), null);
      }
    }
    // Nationality adjectives find a State in text too ("la délégation mexicaine").
    for (String[] row : org.ccmarchive.data.TsvFile.rows(Gazetteer.class, "nationalities.tsv")) {
      for (String a : (row.length > 1 ? row[1] : "").split("\\|")) {
        aliases.putIfAbsent(a.strip(), null);
      }
    }
    aliases.remove("");
    Pattern all =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + aliases.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    List<String> texts = new ArrayList<>(TopicClassifierTest.testTexts());
    texts.add("France² and Chile½, Peru\u2163 and 3Norway, Austria-Hungary, Niger");
    // Names in Arabic, Cyrillic and Han script follow their own rules (a proclitic, declension, no
    // word boundaries: see Gazetteer): the plain whole-word expression is the reference for Latin.
    texts.removeIf(t -> t.codePoints().anyMatch(c -> Character.isLetter(c) && c >= 0x250));
    int found = 0;
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = all.matcher(text);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      assertThat(gazetteer.find(text))
          .as(text)
          .extracting(x -> x.start() + "-" + x.end())
          .isEqualTo(expected);
      found += expected.size();
    }
    assertThat(found).isGreaterThan(100);
  }
}
