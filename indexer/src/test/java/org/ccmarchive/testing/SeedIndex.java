package org.ccmarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ccmarchive.index.IndexReport;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The seed corpus's index, built once per test JVM into a temporary folder and handed out to read:
 * {@code @ExtendWith(SeedIndex.class)} on the class, then a {@link Built} parameter on a
 * {@code @BeforeAll} or test method. Building it is most of what a search IT costs, and the index
 * is the same for every reader. A test that writes into an index builds its own ({@link
 * TestCorpus#index} into a {@code @TempDir}): after each class the shared folder is compared with
 * what was built, and a class that changed it fails, so no test can come to depend on another's
 * writes. The folder is deleted when the test JVM's run ends.
 */
public final class SeedIndex implements ParameterResolver, AfterAllCallback {

  /** The shared index: its folder (open it read-only) and the report of the one build. */
  public record Built(Path path, IndexReport report) {}

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SeedIndex.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Built.class;
  }

  @Override
  public Built resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context).built;
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Shared shared = store(context).get(Shared.class, Shared.class);
    if (shared != null && !shared.fingerprint.equals(fingerprint(shared.built.path()))) {
      throw new AssertionError(
          context.getDisplayName()
              + " changed the shared seed index; a test that writes builds its own index");
    }
  }

  private static Shared shared(ExtensionContext context) {
    // The root context's store lives as long as the test JVM's run and closes what it holds.
    return store(context).computeIfAbsent(Shared.class, k -> Shared.build(), Shared.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE);
  }

  /** Every file of the index {@code link} points at, with its size and modification time. */
  private static Map<String, String> fingerprint(Path link) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(link.toRealPath())) {
      Path dir = link.toRealPath();
      for (Path p : walk.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.isRegularFile()) {
          files.put(dir.relativize(p).toString(), a.size() + "@" + a.lastModifiedTime());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The built index and the temporary folder that holds it (and the report beside it). */
  private static final class Shared implements AutoCloseable {
    private final Path root;
    private final Built built;
    private final Map<String, String> fingerprint;

    private Shared(Path root, Built built) {
      this.root = root;
      this.built = built;
      this.fingerprint = fingerprint(built.path());
    }

    static Shared build() {
      try {
        Path root = Files.createTempDirectory("ccm-seed-index");
        // The index one level down: the indexer writes its report beside the index folder.
        Path index = root.resolve("index");
        return new Shared(root, new Built(index, TestCorpus.index(TestCorpus.seedCorpus(), index)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      TempFolders.delete(root);
    }
  }
}
