package org.ccmarchive.web.memory;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmarchive.memory.ConventionArticles;
import org.ccmarchive.memory.Count;
import org.ccmarchive.memory.DecisionFilter;
import org.ccmarchive.memory.DelegationSummary;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.Slugs;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.web.common.Links;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.i18n.I18n;
import org.ccmarchive.web.i18n.Messages;

/** The knowledge-base pages: decisions, delegations, articles, meetings, people. */
public final class MemoryController {

  static final int REGISTER_LIMIT = 500;

  private final MemoryService memory;
  private final Templates templates;

  public MemoryController(MemoryService memory, Templates templates) {
    this.memory = memory;
    this.templates = templates;
  }

  public void decisions(Context ctx) {
    DecisionFilter filter = filter(ctx);
    var register = memory.decisions(filter, REGISTER_LIMIT);
    Optional<String> meetingLabel =
        filter
            .meeting()
            .flatMap(
                m ->
                    register.meetings().stream()
                        .filter(o -> o.value().equals(m))
                        .map(o -> o.label())
                        .findFirst());
    render(
        ctx,
        "memory/decisions.jte",
        new Pages.Decisions(register, meetingLabel.or(filter::meeting)));
  }

  public void decision(Context ctx) {
    String recordId = ctx.pathParam("record");
    int ordinal = Params.paragraph(ctx);
    var detail =
        memory.decision(recordId, ordinal).orElseThrow(() -> Refusal.notFound("error.no-decision"));
    render(ctx, "memory/decision.jte", new Pages.Decision(detail));
  }

  public void delegations(Context ctx) {
    List<DelegationSummary> all = memory.delegations();
    List<Count> top =
        all.stream()
            .filter(d -> d.interventions() > 0)
            .limit(15)
            .map(d -> new Count(d.name(), d.interventions()))
            .toList();
    Messages m = I18n.messages(ctx);
    render(
        ctx,
        "memory/delegations.jte",
        new Pages.Delegations(
            all, Chart.ranking(m.t("chart.interventions-by-delegation"), top, Links::delegation)));
  }

  /**
   * {@code /delegations/{name}}: a name as typed ({@code Australia}, {@code Tchad}) redirects to
   * the delegation's canonical URL.
   */
  public void delegation(Context ctx) {
    String typed = ctx.pathParam("name");
    String slug =
        memory.delegationSlug(typed).orElseThrow(() -> Refusal.notFound("error.no-delegation"));
    if (!slug.equals(typed)) {
      redirect(ctx, Links.delegation(slug));
      return;
    }
    String q = query(ctx);
    var profile =
        memory.delegation(slug, q).orElseThrow(() -> Refusal.notFound("error.no-delegation"));
    Messages m = I18n.messages(ctx);
    render(
        ctx,
        "memory/delegation.jte",
        new Pages.Delegation(
            profile,
            Chart.timeline(m.t("chart.interventions-per-year"), profile.timeline()),
            Chart.ranking(m.t("chart.articles-spoken-to"), profile.topArticles(), Links::article),
            Chart.ranking(
                m.t("chart.topics-spoken-on"), profile.topTopics(), Links::topicDecisions)));
  }

  public void articles(Context ctx) {
    List<Count> counts = memory.articleCounts();
    List<Pages.ArticleRow> rows = new ArrayList<>();
    for (int n = 1; n <= counts.size(); n++) {
      rows.add(
          new Pages.ArticleRow(
              n, memory.articles().title(n).orElse(""), counts.get(n - 1).count()));
    }
    List<Count> mentioned = counts.stream().filter(c -> c.count() > 0).toList();
    Messages m = I18n.messages(ctx);
    render(
        ctx,
        "memory/articles.jte",
        new Pages.Articles(
            rows, Chart.ranking(m.t("chart.passages-per-article"), mentioned, Links::article)));
  }

  /** {@code /articles/{n}}: an article as typed ({@code Article 4}) redirects to its number. */
  public void article(Context ctx) {
    int n = articleNumber(ctx.pathParam("n"));
    if (!ctx.pathParam("n").equals(String.valueOf(n))) {
      redirect(ctx, "/articles/" + n);
      return;
    }
    var profile =
        memory
            .article(n)
            .orElseThrow(
                () ->
                    Refusal.notFound(
                        "error.no-article", String.valueOf(memory.articles().count())));
    Messages m = I18n.messages(ctx);
    render(
        ctx,
        "memory/article.jte",
        new Pages.Article(
            profile,
            Chart.timeline(m.t("chart.article-per-year", profile.label()), profile.timeline()),
            Chart.ranking(
                m.t("chart.delegations-speaking"), profile.topDelegations(), Links::delegation)));
  }

  public void meetings(Context ctx) {
    render(ctx, "memory/meetings.jte", new Pages.Meetings(memory.meetings()));
  }

  public void meeting(Context ctx) {
    var profile =
        memory
            .meeting(ctx.pathParam("series"), ctx.pathParam("session"))
            .orElseThrow(() -> Refusal.notFound("error.no-meeting"));
    render(ctx, "memory/meeting.jte", new Pages.Meeting(profile));
  }

  public void people(Context ctx) {
    render(ctx, "memory/people.jte", new Pages.People(memory.people()));
  }

  /** {@code /people/{name}}: a name as typed ({@code Pamela Moraga}) redirects to its slug. */
  public void person(Context ctx) {
    String typed = ctx.pathParam("name");
    var profile =
        memory.person(Slugs.of(typed)).orElseThrow(() -> Refusal.notFound("error.no-person"));
    if (!profile.slug().equals(typed)) {
      redirect(ctx, Links.person(profile.name()));
      return;
    }
    Messages m = I18n.messages(ctx);
    render(
        ctx,
        "memory/person.jte",
        new Pages.Person(
            profile, Chart.timeline(m.t("chart.interventions-per-year"), profile.timeline())));
  }

  /** A permanent redirect to the canonical URL of what was typed, keeping the query string. */
  private static void redirect(Context ctx, String canonical) {
    String qs = ctx.queryString();
    ctx.redirect(canonical + (qs == null ? "" : "?" + qs), HttpStatus.MOVED_PERMANENTLY);
  }

  private void render(Context ctx, String template, Object page) {
    templates.html(ctx, template, page);
  }

  /** The register's filters; an article as typed ({@code 4}, {@code art. 4}) is its label. */
  static DecisionFilter filter(Context ctx) {
    return new DecisionFilter(
        param(ctx, "meeting"),
        param(ctx, "article")
            .map(a -> ConventionArticles.number(a).map(ConventionArticles::label).orElse(a)),
        param(ctx, "topic"),
        param(ctx, "year").map(y -> number(y, "year")));
  }

  static String query(Context ctx) {
    return new SearchRequest(ctx.queryParam("q"), 1, 1).query();
  }

  static Optional<String> param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v != null && v.length() > 200) {
      throw Refusal.badRequest("error.param-too-long", name);
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  static int articleNumber(String s) {
    return ConventionArticles.number(s)
        .orElseThrow(() -> Refusal.notFound("error.article-numbers"));
  }

  static int number(String s, String name) {
    if (!s.matches("\\d{1,5}")) {
      throw Refusal.badRequest("error.year-number", name);
    }
    return Integer.parseInt(s);
  }
}
