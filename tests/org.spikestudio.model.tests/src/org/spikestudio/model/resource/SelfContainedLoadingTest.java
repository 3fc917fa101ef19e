// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikestudio.testing.Examples;

/**
 * A model reaches nothing outside its own file (issue 15, item 1): references into other documents,
 * namespaces and {@code xsi:schemaLocation} are never fetched or opened. Before the fix, loading sent
 * an HTTP GET to the server below and opened the FIFO, and hung on both for ever.
 * <p>
 * Time bounds: a load takes milliseconds; a hang takes for ever. The bound is 5 s rather than the
 * 1 s a user should see, because the test machine is shared by several builds and a slow but
 * correct load must not fail the test.
 */
class SelfContainedLoadingTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String OTHER_FILES = "references to other files are not supported";

    @TempDir
    Path folder;
    private Path model;
    private String example;

    /** Accepts connections and never answers, like a stalled web server. */
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> held = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        example = Files.readString(Examples.repositoryRoot().resolve("examples/seed/excitatory-inhibitory.snn"));
        Files.writeString(folder.resolve("other.snn"), example);
        model = folder.resolve("model.snn");
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(server.accept());
                    connections.incrementAndGet();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "never-answering server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** The example with the recorder a_spikes (line 21) pointing at {@code population}. */
    private Path recorderPointingAt(String population) throws IOException {
        String from = "id=\"a_spikes\" name=\"a_spikes\" population=\"a\"";
        assertTrue(example.contains(from));
        Files.writeString(model, example.replace(from, "id=\"a_spikes\" name=\"a_spikes\" population=\"" + population + "\""));
        assertTrue(Files.readAllLines(model).get(20).contains("a_spikes"), "a_spikes is on line 21");
        return model;
    }

    private ModelProblem onlyProblem(Path file, ResourceSet resources) {
        ModelLoadException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(file, resources)));
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }

    private void assertReferenceRefused(String population) throws IOException {
        ModelProblem problem = onlyProblem(recorderPointingAt(population), ModelFiles.newResourceSet());
        assertEquals(21, problem.line(), problem.toString());
        assertEquals("SpikeRecorder 'a_spikes': reference 'population' points to '" + population
                + "' in another file, but " + OTHER_FILES + " (a model is one self-contained file)", problem.message());
    }

    @Test
    void aReferenceToAFileNextToTheModelIsAnErrorWithItsLine() throws IOException {
        assertReferenceRefused("other.snn#a");
    }

    @Test
    void aReferenceToAnAbsolutePathIsAnErrorWithItsLine() throws IOException {
        assertReferenceRefused(folder.resolve("other.snn").toAbsolutePath() + "#a");
    }

    @Test
    void aReferenceToAServerThatNeverAnswersFailsAtOnceWithoutConnecting() throws IOException {
        assertReferenceRefused(url("m.snn#a"));
        assertEquals(0, connections.get(), "no connection to the server");
    }

    @Test
    void aReferenceToAFifoFailsAtOnceWithoutOpeningIt() throws Exception {
        Path fifo = folder.resolve("pipe.snn");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        // Opening the FIFO for reading would block until a writer comes: none ever does.
        assertReferenceRefused(fifo + "#a");
    }

    @Test
    void namespacesAndSchemaLocationsAreNeverFetched() throws IOException {
        String root = "formatVersion=\"1\"";
        String lif = "<populations id=\"a\"";
        assertTrue(example.contains(root) && example.contains(lif));
        String[] variants = {
            // a package named by an xsi:schemaLocation on the server
            example.replace(root, "xmlns:foo=\"http://foo.example/ns\" xsi:schemaLocation=\"http://foo.example/ns "
                    + url("foo.ecore") + "\" " + root).replace(lif, "<neuronModels xsi:type=\"foo:Thing\" id=\"q\"/>" + lif),
            // a namespace URI that is itself a location on the server
            example.replace(root, "xmlns:foo=\"" + url("ns") + "\" " + root)
                    .replace(lif, "<neuronModels xsi:type=\"foo:Thing\" id=\"q\"/>" + lif),
            // the model's own namespace with a schema location on the server
            example.replace(root, "xsi:schemaLocation=\"http://spikestudio.org/snn " + url("snn.xsd") + "\" " + root),
        };
        for (String variant : variants) {
            Files.writeString(model, variant);
            assertTimeoutPreemptively(BOUND, () -> {
                try {
                    ModelFiles.load(model);
                } catch (ModelLoadException expected) {
                    assertTrue(expected.getMessage().contains("unknown namespace"), expected.getMessage());
                }
            });
        }
        assertEquals(0, connections.get(), "no connection to the server");
    }

    /**
     * An in-process equivalent of {@code strace -e openat,connect}: every URI that the resource set
     * asks its URI handling for is recorded, while loading a model that names other files and a
     * server in every way the format allows, and while trying to resolve what it names afterwards.
     */
    @Test
    void loadingOpensNothingButTheModel() throws Exception {
        String root = "formatVersion=\"1\"";
        String lif = "<populations id=\"a\"";
        Files.writeString(model, example
                .replace(root, "xmlns:foo=\"" + url("ns") + "\" xsi:schemaLocation=\"" + url("ns") + " "
                        + url("foo.ecore") + "\" " + root)
                .replace(lif, "<neuronModels xsi:type=\"foo:Thing\" id=\"q\"/>" + lif)
                .replace("id=\"a_spikes\" name=\"a_spikes\" population=\"a\"",
                        "id=\"a_spikes\" name=\"a_spikes\" population=\"other.snn#a\"")
                .replace("id=\"b_spikes\" name=\"b_spikes\" population=\"b\"",
                        "id=\"b_spikes\" name=\"b_spikes\" population=\"" + url("m.snn#b") + "\"")
                .replace("<recorders xsi:type=\"snn:StateRecorder\" id=\"a_v\" name=\"a_v\" population=\"a\" variable=\"v\"/>",
                        "<recorders xsi:type=\"snn:StateRecorder\" id=\"a_v\" name=\"a_v\" variable=\"v\"><population href=\""
                                + folder.resolve("other.snn") + "#a\"/></recorders>"));
        ResourceSet resources = ModelFiles.newResourceSet();
        List<URI> asked = Collections.synchronizedList(new ArrayList<>());
        List<URIHandler> handlers = ((ExtensibleURIConverterImpl) resources.getURIConverter()).getURIHandlers().stream()
                .map(handler -> recording(handler, asked)).toList();
        resources.setURIConverter(new ExtensibleURIConverterImpl(handlers, ContentHandler.Registry.INSTANCE.contentHandlers()));

        ModelLoadException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(model, resources)));
        assertTrue(failure.getMessage().contains(OTHER_FILES), failure.getMessage());
        // What a workbench might do with the half-loaded resource: resolve every reference.
        assertTimeoutPreemptively(BOUND, () -> EcoreUtil.resolveAll(resources));

        URI own = URI.createFileURI(model.toAbsolutePath().toString());
        assertEquals(List.of(), asked.stream().filter(uri -> !uri.equals(own)).toList(), "URIs other than the model's");
        assertEquals(0, connections.get(), "no connection to the server");

        // The recorder sees what the URI handling is asked: the model itself can be read, nothing else.
        try (InputStream in = resources.getURIConverter().createInputStream(own)) {
            assertTrue(in.read() >= 0);
        }
        assertTrue(asked.contains(own), "the recorder records");
        IOException refused = assertThrows(IOException.class,
                () -> resources.getURIConverter().createInputStream(URI.createFileURI(folder.resolve("other.snn").toString())));
        assertTrue(refused.getMessage().contains(OTHER_FILES), refused.getMessage());
    }

    private static URIHandler recording(URIHandler delegate, List<URI> asked) {
        return new URIHandler() {
            @Override
            public boolean canHandle(URI uri) {
                return delegate.canHandle(uri);
            }

            @Override
            public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
                asked.add(uri);
                return delegate.createInputStream(uri, options);
            }

            @Override
            public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
                asked.add(uri);
                return delegate.createOutputStream(uri, options);
            }

            @Override
            public void delete(URI uri, Map<?, ?> options) throws IOException {
                asked.add(uri);
                delegate.delete(uri, options);
            }

            @Override
            public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
                asked.add(uri);
                return delegate.contentDescription(uri, options);
            }

            @Override
            public boolean exists(URI uri, Map<?, ?> options) {
                asked.add(uri);
                return delegate.exists(uri, options);
            }

            @Override
            public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
                asked.add(uri);
                return delegate.getAttributes(uri, options);
            }

            @Override
            public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
                asked.add(uri);
                delegate.setAttributes(uri, attributes, options);
            }
        };
    }

    @Test
    void aFifoAsTheModelIsRefusedAtOnce() throws Exception {
        Path fifo = folder.resolve("model-fifo.snn");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        ModelProblem problem = onlyProblem(fifo, ModelFiles.newResourceSet());
        assertEquals(fifo + ": error: is not a regular file (it is a FIFO, socket or device), so it is not read as a model",
                problem.toString());
    }

    @Test
    void aSymbolicLinkLoopIsNotCalledMissing() throws IOException {
        Path one = folder.resolve("one.snn");
        Path two = folder.resolve("two.snn");
        Files.createSymbolicLink(one, two.getFileName());
        Files.createSymbolicLink(two, one.getFileName());
        ModelProblem problem = onlyProblem(one, ModelFiles.newResourceSet());
        assertEquals(one + ": error: cannot be opened: the path contains a symbolic link loop (too many levels of "
                + "symbolic links)", problem.toString());
        ModelProblem dangling = onlyProblem(Files.createSymbolicLink(folder.resolve("dangling.snn"),
                Path.of("nowhere.snn")), ModelFiles.newResourceSet());
        assertEquals("is a symbolic link to a file that does not exist", dangling.message());
    }
}
