package org.ccmarchive.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The resolver's order, Accept-Language matching, messages, plurals, dates and switch links. */
class MessagesTest {

  private static Lang resolve(String param, String cookie, String accept) {
    return LocaleResolver.resolve(param, cookie, accept).lang();
  }

  @Test
  void theSwitchWinsThenTheCookieThenAcceptLanguageThenEnglish() {
    assertThat(LocaleResolver.resolve("es", "fr", "fr"))
        .isEqualTo(new LocaleResolver.Choice(Lang.ES, true));
    assertThat(LocaleResolver.resolve(null, "fr", "es"))
        .isEqualTo(new LocaleResolver.Choice(Lang.FR, false));
    assertThat(resolve(null, null, "es-ES,es;q=0.9")).isEqualTo(Lang.ES);
    assertThat(resolve(null, null, null)).isEqualTo(Lang.EN);
    assertThat(resolve(" FR ", null, null)).isEqualTo(Lang.FR);
  }

  @Test
  void unknownOrMalformedValuesAreSkipped() {
    assertThat(LocaleResolver.resolve("de", null, null))
        .isEqualTo(new LocaleResolver.Choice(Lang.EN, false));
    assertThat(resolve("xx", "fr", null)).isEqualTo(Lang.FR);
    assertThat(resolve("fr-x", null, null)).isEqualTo(Lang.EN);
    assertThat(resolve("", "<script>", "de-DE,de;q=0.9")).isEqualTo(Lang.EN);
    assertThat(resolve(null, null, "fr;q=abc,,,;;")).isEqualTo(Lang.EN);
    assertThat(resolve(null, null, "fr," + "x".repeat(600))).isEqualTo(Lang.EN);
  }

  @Test
  void acceptLanguageFollowsTheBrowsersWeights() {
    assertThat(resolve(null, null, "fr-CA")).isEqualTo(Lang.FR);
    assertThat(resolve(null, null, "de-DE,de;q=0.9,es;q=0.8,fr;q=0.7")).isEqualTo(Lang.ES);
    assertThat(resolve(null, null, "en-US,en;q=0.9,fr;q=0.8")).isEqualTo(Lang.EN);
    assertThat(resolve(null, null, "fr;q=0.5,es;q=0.9")).isEqualTo(Lang.ES);
    assertThat(resolve(null, null, "fr;q=0,es;q=0.1")).isEqualTo(Lang.ES);
    assertThat(resolve(null, null, "*")).isEqualTo(Lang.EN);
  }

  @Test
  void messagesInEachLanguageWithPlurals() {
    Messages en = Messages.of(Lang.EN);
    Messages fr = Messages.of(Lang.FR);
    Messages es = Messages.of(Lang.ES);
    assertThat(en.t("nav.decisions")).isEqualTo("Decisions");
    assertThat(fr.t("nav.decisions")).isEqualTo("Décisions");
    assertThat(es.t("nav.decisions")).isEqualTo("Decisiones");
    assertThat(en.t("search.paragraphs", 1)).isEqualTo("paragraph");
    assertThat(en.t("search.paragraphs", 0)).isEqualTo("paragraphs");
    assertThat(en.t("search.paragraphs", 3)).isEqualTo("paragraphs");
    assertThat(fr.t("search.paragraphs", 0)).isEqualTo("paragraphe");
    assertThat(fr.t("search.paragraphs", 1)).isEqualTo("paragraphe");
    assertThat(fr.t("search.paragraphs", 2)).isEqualTo("paragraphes");
    assertThat(es.t("search.paragraphs", 0)).isEqualTo("párrafos");
    assertThat(es.t("search.paragraphs", 1)).isEqualTo("párrafo");
    assertThat(en.t("delegation.lead", 3L, 2))
        .isEqualTo("3 interventions in the records; 2 meetings.");
    assertThat(fr.t("delegation.lead", 1L, 1))
        .isEqualTo("1 intervention dans les documents\u202f; 1 réunion.");
    assertThat(es.t("delegation.lead", 1234L, 2))
        .isEqualTo("1.234 intervenciones en los documentos; 2 reuniones.");
    assertThat(en.dim("speaker")).isEqualTo("Speaker");
    assertThat(fr.dim("speaker")).isEqualTo("Orateur");
    assertThat(es.dim("unknown-dim")).isEqualTo("unknown-dim");
    assertThat(fr.languageName("es")).isEqualTo("espagnol");
    assertThat(es.languageName("fr")).isEqualTo("francés");
    assertThat(en.tOr("attendance.absent", "absent")).isEqualTo("absent");
    assertThat(es.tOr("attendance.absent", "absent")).isEqualTo("ausente");
    assertThatThrownBy(() -> en.t("no.such.key")).isInstanceOf(MissingResourceException.class);
  }

  @Test
  void datesAreWrittenOutPerLanguage() {
    LocalDate d = LocalDate.of(2024, 1, 30);
    assertThat(Messages.of(Lang.EN).date(d)).isEqualTo("30 January 2024");
    assertThat(Messages.of(Lang.FR).date(d)).isEqualTo("30 janvier 2024");
    assertThat(Messages.of(Lang.ES).date(d)).isEqualTo("30 de enero de 2024");
    assertThat(Messages.of(Lang.FR).date(LocalDate.of(2025, 3, 1))).isEqualTo("1er mars 2025");
    assertThat(Messages.of(Lang.ES).date("2025-11-26")).isEqualTo("26 de noviembre de 2025");
    assertThat(Messages.of(Lang.FR).date("2024")).isEqualTo("2024");
    assertThat(Messages.of(Lang.EN).num(1234567)).isEqualTo("1,234,567");
  }

  @Test
  void theSwitchKeepsTheAddressAndReplacesLang() {
    Messages m = Messages.of(Lang.EN, "/", "q=clearance&speaker=Peru&lang=fr&page=2");
    assertThat(m.switchHref(Lang.ES)).isEqualTo("/?q=clearance&speaker=Peru&page=2&lang=es");
    assertThat(Messages.of(Lang.FR, "/decisions", null).switchHref(Lang.EN))
        .isEqualTo("/decisions?lang=en");
    assertThat(Messages.of(Lang.FR, "/doc/a.pdf", "l%61ng=es&q=x").switchHref(Lang.FR))
        .isEqualTo("/doc/a.pdf?q=x&lang=fr");
    // Never a link to another host, whatever path the request had.
    assertThat(Messages.of(Lang.EN, "//evil.example/x", "").switchHref(Lang.FR))
        .isEqualTo("/evil.example/x?lang=fr");
    assertThat(Messages.of(Lang.EN, "/\\evil.example", "").switchHref(Lang.FR))
        .isEqualTo("/?lang=fr");
    assertThat(Messages.of(Lang.EN, "https://evil.example/", "").switchHref(Lang.FR))
        .isEqualTo("/?lang=fr");
  }

  @Test
  void markupMessagesEscapeTheirTextArguments() {
    Messages fr = Messages.of(Lang.FR);
    StringOutput raw = new StringOutput();
    TemplateOutput out = new OwaspHtmlTemplateOutput(raw);
    fr.html("search.did-you-mean.html", "<b>x</b>", 2).writeTo(out);
    assertThat(raw.toString())
        .isEqualTo("Vouliez-vous dire &lt;b&gt;x&lt;/b&gt;\u202f? (2 paragraphes)");
    assertThatThrownBy(() -> fr.html("nav.decisions")).isInstanceOf(IllegalArgumentException.class);
  }
}
