package org.suanli.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * {@code %maven}: resolves artifacts and their runtime dependencies from Maven Central with Apache Maven
 * Resolver (the library Maven itself uses), into the user's local repository ({@code ~/.m2/repository}, or
 * {@code -Dmaven.repo.local}). What Maven has downloaded before is found there without the network.
 */
final class MavenResolver {

    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    /** Maven Central, or a mirror named by {@code -Dsuanli.maven.central=URL}. */
    static String central() {
        String url = System.getProperty("suanli.maven.central");
        return url == null || url.isBlank() ? CENTRAL : url;
    }

    private RepositorySystem system;

    static Path localRepository() {
        String prop = System.getProperty("maven.repo.local");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Jars of {@code coordinates} (G:A:V, G:A:classifier:V or G:A:extension:classifier:V) and their dependencies. */
    synchronized List<Path> resolve(List<String> coordinates) throws MagicException {
        List<Dependency> deps = new ArrayList<>();
        for (String c : coordinates) {
            Artifact a;
            try {
                a = new DefaultArtifact(c);
            } catch (IllegalArgumentException e) {
                throw new MagicException("'" + c + "' is not a Maven coordinate; write groupId:artifactId:version, "
                        + "e.g. %maven org.apache.commons:commons-math3:3.6.1");
            }
            deps.add(new Dependency(a, JavaScopes.RUNTIME));
        }
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        RemoteRepository central = new RemoteRepository.Builder("central", "default", central()).build();
        try (RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository())
                .setSystemProperties(System.getProperties())
                .build()) {
            CollectRequest collect = new CollectRequest(deps, List.of(), List.of(central));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            List<ArtifactResult> results = system.resolveDependencies(session, request).getArtifactResults();
            Set<Path> jars = new LinkedHashSet<>();
            for (ArtifactResult r : results) {
                if (r.getArtifact() != null && r.getArtifact().getPath() != null) {
                    jars.add(r.getArtifact().getPath().toAbsolutePath());
                }
            }
            return List.copyOf(jars);
        } catch (DependencyResolutionException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new MagicException("could not resolve " + String.join(", ", coordinates) + ": " + root.getMessage()
                    + " (looked in " + localRepository() + " and " + central() + "; offline, only artifacts already in the"
                    + " local repository can be used)", e);
        }
    }
}
