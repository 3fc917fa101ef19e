// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator on the genmodels of {@link #GENMODELS} outside OSGi, into a scratch folder.
 * Only the files listed in {@link #GENERATED} are owned by the generator; manifests, plugin.xml and
 * icons of the bundles are maintained by hand.
 */
public final class ModelCodeGenerator {

    static final String MODEL_BUNDLE = "org.spikestudio.model";
    static final String EDIT_BUNDLE = "org.spikestudio.model.edit";
    static final String NOTATION_BUNDLE = "org.spikestudio.notation";

    /** A genmodel (repository-relative) and the kinds of code generated from it. */
    record Genmodel(String path, List<String> projectTypes) {
    }

    static final List<Genmodel> GENMODELS = List.of(
            new Genmodel("bundles/" + MODEL_BUNDLE + "/model/spikestudio.genmodel",
                    List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)),
            new Genmodel("bundles/" + NOTATION_BUNDLE + "/model/notation.genmodel",
                    List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)));

    /** Bundle-relative paths the generator owns: a folder (all files below it) or a single file. */
    static final Map<String, List<String>> GENERATED = Map.of(
            MODEL_BUNDLE, List.of("src-gen"),
            EDIT_BUNDLE, List.of("src-gen", "plugin.properties"),
            NOTATION_BUNDLE, List.of("src-gen"));

    private ModelCodeGenerator() {
    }

    /**
     * Generates the code of every genmodel of {@code repositoryRoot} into
     * {@code scratch/<bundle>/}, and returns, per bundle, the generator-owned files by relative
     * path.
     */
    public static Map<String, Map<String, byte[]>> generate(Path repositoryRoot, Path scratch) throws IOException {
        ResourceSet resources = new ResourceSetImpl();
        // Eclipse does these registrations through extension points; without them the
        // generator reports success and writes nothing.
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        for (String bundle : GENERATED.keySet()) {
            Path folder = scratch.resolve(bundle);
            Files.createDirectories(folder.resolve("META-INF"));
            // The generator reads Bundle-Vendor and Bundle-Name from the existing manifest (and
            // plugin.properties). Generator-owned files are not copied: they must come out fresh.
            for (String metadata : List.of("META-INF/MANIFEST.MF", "plugin.properties")) {
                Path source = repositoryRoot.resolve("bundles").resolve(bundle).resolve(metadata);
                if (Files.isRegularFile(source) && !GENERATED.get(bundle).contains(metadata)) {
                    Files.copy(source, folder.resolve(metadata));
                }
            }
            URIConverter.URI_MAP.put(URI.createURI("platform:/resource/" + bundle + "/"),
                    URI.createFileURI(folder.toAbsolutePath() + "/"));
        }

        for (Genmodel genmodel : GENMODELS) {
            generate(resources, repositoryRoot.resolve(genmodel.path()), genmodel.projectTypes());
        }

        Map<String, Map<String, byte[]>> generated = new TreeMap<>();
        for (String bundle : GENERATED.keySet()) {
            generated.put(bundle, ownedFiles(scratch.resolve(bundle), GENERATED.get(bundle)));
        }
        return generated;
    }

    private static void generate(ResourceSet resources, Path genmodelFile, List<String> projectTypes) {
        Resource resource = resources.getResource(
                URI.createFileURI(genmodelFile.toAbsolutePath().toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException(genmodelFile.getFileName() + " is invalid: " + problems);
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : projectTypes) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Code generation failed: " + result);
            }
        }
    }

    /** The generator-owned files below {@code bundleFolder}, by bundle-relative path with '/'. */
    static Map<String, byte[]> ownedFiles(Path bundleFolder, List<String> owned) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String entry : owned) {
            Path path = bundleFolder.resolve(entry);
            if (Files.isRegularFile(path)) {
                files.put(entry, Files.readAllBytes(path));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).forEach(file -> {
                        try {
                            files.put(bundleFolder.relativize(file).toString().replace('\\', '/'),
                                    Files.readAllBytes(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        return files;
    }
}
