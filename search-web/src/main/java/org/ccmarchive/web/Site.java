package org.ccmarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.index.SolrCluster;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.search.SearchWarmUp;
import org.ccmarchive.search.SolrArchiveIndex;
import org.ccmarchive.web.admin.AdminController;
import org.ccmarchive.web.admin.Reindexer;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.security.AdminToken;
import org.ccmarchive.web.security.StaffSessions;

/**
 * The one wiring of the site, used by {@code serve} and by the tests alike: one {@link LiveIndex}
 * shared by search, the knowledge base, feeds, exports and the staff re-index, so all of them read
 * the same commit and all follow a full rebuild. The web reads it only through the {@link
 * ArchiveIndex} seam, whose implementation is chosen here: the embedded index ({@link
 * LuceneArchiveIndex}) or SolrCloud ({@link SolrArchiveIndex}).
 */
public final class Site implements AutoCloseable {

  /**
   * What a site is made of. {@code indexing} is how staff re-indexes run; the staff routes are on
   * only when {@code adminToken} is configured; feeds and exports link to {@code publicBase}.
   */
  public record Options(
      Path corpus,
      Path index,
      SavedSearchStore savedSearches,
      AdminToken adminToken,
      long maxUploadBytes,
      IndexOptions indexing,
      QueryLimits limits,
      PublicBase publicBase) {}

  /** The embedded index; null when the site is served from SolrCloud. */
  private final LiveIndex index;

  private final ArchiveIndex search;
  private final WebApp web;

  private Site(LiveIndex index, ArchiveIndex search, WebApp web) {
    this.index = index;
    this.search = search;
    this.web = web;
  }

  /** Opens the index and everything that reads it; fails clearly when the index is unusable. */
  public static Site open(Options options) throws IOException {
    return over(LiveIndex.open(options.index()), options);
  }

  /**
   * As {@link #open}, but the index's files are read against their checksums only by {@link
   * #verifyIntegrity()}, which the server calls once it answers: that read took most of the
   * start-up (docs/benchmarks.md). A damaged byte still stops the server, just later.
   */
  public static Site openVerifyingLater(Options options) throws IOException {
    return over(LiveIndex.openVerifyingLater(options.index()), options);
  }

  private static Site over(LiveIndex index, Options options) throws IOException {
    Path corpus = options.corpus().toAbsolutePath().normalize();
    try {
      IndexSchema schema = new IndexSchema();
      ArchiveIndex search = LuceneArchiveIndex.over(index, schema, options.limits());
      AdminController admin =
          admin(
              options,
              () -> Reindexer.embedded(corpus, options.index(), options.indexing(), index));
      return new Site(index, search, web(search, admin, corpus, options));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * The site over SolrCloud ({@code CCM_SOLR_URL}): the same web app over {@link SolrArchiveIndex}.
   * Staff uploads and re-indexing write the cluster's collection, as {@code ./ccm index} with the
   * same variables does.
   */
  public static Site openSolr(Options options, SolrCluster cluster) {
    Path corpus = options.corpus().toAbsolutePath().normalize();
    ArchiveIndex search = new SolrArchiveIndex(cluster, new IndexSchema(), options.limits());
    AdminController admin =
        admin(options, () -> Reindexer.solr(corpus, cluster, options.indexing(), search));
    return new Site(null, search, web(search, admin, corpus, options));
  }

  /** The staff pages when a token is configured, re-indexing with {@code reindexer}; else null. */
  private static AdminController admin(Options options, Supplier<Reindexer> reindexer) {
    if (!options.adminToken().isConfigured()) {
      return null;
    }
    return new AdminController(
        reindexer.get(),
        Templates.precompiled(),
        options.maxUploadBytes(),
        new StaffSessions(Clock.systemUTC()),
        options.publicBase().isHttps());
  }

  private static WebApp web(
      ArchiveIndex search, AdminController admin, Path corpus, Options options) {
    return new WebApp(
        search,
        corpus,
        Templates.precompiled(),
        MemoryService.over(search),
        options.savedSearches(),
        options.adminToken(),
        admin,
        options.publicBase());
  }

  /** Shows a re-index made elsewhere: the embedded index's latest commit, or SolrCloud's. */
  public void refresh() throws IOException {
    if (index != null) {
      index.refresh();
    } else {
      search.refresh();
    }
  }

  /** The embedded index every reader shares (not when served from SolrCloud). */
  public LiveIndex index() {
    if (index == null) {
      throw new IllegalStateException("served from SolrCloud: there is no embedded index");
    }
    return index;
  }

  /** See {@link #openVerifyingLater}; throws when a file of the index is damaged. */
  public void verifyIntegrity() {
    if (index != null) {
      index.verifyIntegrity();
    }
  }

  /** See {@link ArchiveIndex#prepare}: safe to run on another thread while the port opens. */
  public void prepare() {
    search.prepare();
  }

  /**
   * Runs each path a search can take once (see {@link SearchWarmUp}), so that the first visitors do
   * not pay for loading and compiling it.
   *
   * @return how many searches ran
   */
  public int warm() {
    return SearchWarmUp.run(search, web.requestsInFlight()::any);
  }

  /** Starts the web app on {@code host}:{@code port} (0: any free port). */
  public Javalin start(String host, int port) {
    return web.create().start(host, port);
  }

  @Override
  public void close() throws IOException {
    if (index != null) {
      index.close();
    } else {
      search.close();
    }
  }
}
