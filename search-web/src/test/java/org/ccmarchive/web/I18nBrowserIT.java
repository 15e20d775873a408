package org.ccmarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The language switch in real headless Chromium (which asks for English): switch to French, and the
 * choice holds through a search, a record and the decisions register; on to Spanish, back to
 * English. Screenshots go to {@code search-web/target/screenshots/i18n-*.png}.
 */
class I18nBrowserIT {

  @RegisterExtension static final BrowserSite site = BrowserSite.seed();

  private static String lang() {
    return site.driver().findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** Waits until the page is in {@code tag}: the navigation a click started is done. */
  private static void waitForLang(String tag) throws InterruptedException {
    assertThat(Browser.waitFor(() -> tag.equals(lang()))).as("page in " + tag).isTrue();
  }

  private static String text(String css) {
    return site.driver().findElement(By.cssSelector(css)).getText();
  }

  private static void switchTo(String tag) {
    site.driver().findElement(By.cssSelector("nav.lang-switch a[data-lang=" + tag + "]")).click();
  }

  @Test
  void switchToFrenchStaysFrenchThroughARecordAndTheDecisionsThenSpanishThenEnglish()
      throws Exception {
    site.driver().get(site.server().base() + "/");
    assertThat(lang()).isEqualTo("en");
    assertThat(text("nav.site-nav a[href='/decisions']")).isEqualTo("Decisions");

    switchTo("fr");
    waitForLang("fr");
    assertThat(site.driver().getCurrentUrl()).endsWith("/?lang=fr");
    assertThat(text("h1"))
        .isEqualTo("Rechercher dans les documents de la Convention sur les armes à sous-munitions");
    assertThat(text("nav.site-nav a[href='/decisions']")).isEqualTo("Décisions");
    assertThat(text("form.searchbox button")).isEqualTo("Rechercher");
    assertThat(text("nav.lang-switch [aria-current]")).isEqualTo("FR");
    Browser.screenshot(site.driver(), "i18n-1-fr-start");

    site.driver().findElement(By.id("q")).sendKeys("stigmatization", Keys.ENTER);
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("q=stigmatization")))
        .isTrue();
    assertThat(site.driver().getCurrentUrl()).doesNotContain("lang=");
    assertThat(lang()).isEqualTo("fr");
    assertThat(text(".summary")).contains("3 paragraphes pour");
    assertThat(text(".facets h2")).isEqualTo("Filtres");
    Browser.screenshot(site.driver(), "i18n-2-fr-results");

    site.driver().findElement(By.cssSelector("li.hit h2 a")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().contains("/doc/"))).isTrue();
    assertThat(lang()).isEqualTo("fr");
    assertThat(text("p.back a")).isEqualTo("‹ Retour aux résultats");
    assertThat(text(".record-facts time")).isEqualTo("30 janvier 2024");
    site.driver().findElement(By.cssSelector("details.tools summary")).click();
    assertThat(text("details.tools button.copy")).isEqualTo("Copier la citation");
    assertThat(text("details.tools cite")).contains("minutes du 30 janvier 2024");
    Browser.screenshot(site.driver(), "i18n-3-fr-record");

    site.driver().findElement(By.cssSelector("nav.site-nav a[href='/decisions']")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith("/decisions")))
        .isTrue();
    assertThat(lang()).isEqualTo("fr");
    assertThat(text("h1")).isEqualTo("Registre des décisions");
    Browser.screenshot(site.driver(), "i18n-4-fr-decisions");

    switchTo("es");
    waitForLang("es");
    assertThat(site.driver().getCurrentUrl()).endsWith("/decisions?lang=es");
    assertThat(text("h1")).isEqualTo("Registro de decisiones");
    site.driver().findElement(By.cssSelector("a.brand")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith("/"))).isTrue();
    assertThat(lang()).isEqualTo("es");
    assertThat(text("h1"))
        .isEqualTo("Buscar en los documentos de la Convención sobre Municiones en Racimo");
    Browser.screenshot(site.driver(), "i18n-5-es-start");

    switchTo("en");
    waitForLang("en");
    assertThat(text("h1")).isEqualTo("Search the records of the Convention on Cluster Munitions");
    site.driver().findElement(By.cssSelector("nav.site-nav a[href='/decisions']")).click();
    assertThat(Browser.waitFor(() -> site.driver().getCurrentUrl().endsWith("/decisions")))
        .isTrue();
    assertThat(lang()).isEqualTo("en");
    assertThat(text("h1")).isEqualTo("Decisions register");
    Browser.screenshot(site.driver(), "i18n-6-en-decisions");
  }
}
