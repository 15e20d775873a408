package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * Where a meeting took place, from the opening lines and the list {@code places.tsv}. Venues
 * ("Maison de la Paix", "PdN") are tried before cities: a banner naming the next conference's city
 * does not make it the place of these minutes.
 */
public final class PlaceFinder {

  private record Alias(String place, Pattern pattern, boolean venue) {}

  private final List<Alias> aliases = new ArrayList<>();

  public PlaceFinder() {
    for (String[] row : TsvFile.rows(PlaceFinder.class, "places.tsv")) {
      for (String alias : row[1].split("\\|")) {
        boolean venue = !alias.equals(row[0]);
        aliases.add(
            new Alias(
                row[0],
                Pattern.compile(
                    "(?<![\\p{L}])"
                        + Pattern.quote(alias)
                        + "(?![\\p{L}])(?![ \\t]+\\p{Lu}\\p{Ll})"),
                venue));
      }
    }
  }

  public Optional<String> find(String opening) {
    for (boolean venue : new boolean[] {true, false}) {
      int best = Integer.MAX_VALUE;
      String place = null;
      for (Alias a : aliases) {
        if (a.venue != venue) {
          continue;
        }
        var m = a.pattern.matcher(opening);
        if (m.find() && m.start() < best) {
          best = m.start();
          place = a.place;
        }
      }
      if (place != null) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }
}
