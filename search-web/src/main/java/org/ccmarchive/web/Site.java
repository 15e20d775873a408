package org.ccmarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import org.ccmarchive.index.IndexOptions;
import org.ccmarchive.index.IndexSchema;
import org.ccmarchive.index.LiveIndex;
import org.ccmarchive.memory.MemoryService;
import org.ccmarchive.memory.SavedSearchStore;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.LuceneArchiveIndex;
import org.ccmarchive.search.QueryLimits;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.web.admin.AdminController;
import org.ccmarchive.web.admin.Reindexer;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Templates;
import org.ccmarchive.web.security.AdminToken;

/**
 * The one wiring of the site, used by {@code serve} and by the tests alike: one {@link LiveIndex}
 * shared by search, the knowledge base, feeds, exports and the staff re-index, so all of them read
 * the same commit and all follow a full rebuild. The web reads it only through the {@link
 * ArchiveIndex} seam, whose embedded implementation ({@link LuceneArchiveIndex}) is chosen here.
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
      MemoryService memory = MemoryService.over(search);
      AdminController admin = null;
      if (options.adminToken().isConfigured()) {
        var reindexer = new Reindexer(corpus, options.index(), options.indexing(), index);
        admin = new AdminController(reindexer, Templates.precompiled(), options.maxUploadBytes());
      }
      WebApp web =
          new WebApp(
              search,
              corpus,
              Templates.precompiled(),
              memory,
              options.savedSearches(),
              options.adminToken(),
              admin,
              options.publicBase());
      return new Site(index, search, web);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** The index every reader shares: refresh it to show a re-index made elsewhere. */
  public LiveIndex index() {
    return index;
  }

  /** See {@link #openVerifyingLater}; throws when a file of the index is damaged. */
  public void verifyIntegrity() {
    index.verifyIntegrity();
  }

  /**
   * One search through the whole path (parsing, matching, facets, highlighting), so that the first
   * reader does not pay for loading and compiling it.
   */
  public void warm() {
    search.search(SearchRequest.of("convention"));
  }

  /** Starts the web app on {@code host}:{@code port} (0: any free port). */
  public Javalin start(String host, int port) {
    return web.create().start(host, port);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
