package io.quotestance.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The manifests under k8s/, read as YAML documents, and the services' configuration they must agree with. */
final class Manifests {

    static final Path K8S = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = K8S.getParent();
    static final List<String> SERVICES = List.of("gateway", "quotes-service", "stance-service");

    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    /** Every YAML file below k8s/ (base and overlays). */
    static List<Path> files() {
        try (Stream<Path> paths = Files.walk(K8S)) {
            return paths.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.startsWith(K8S.resolve("target")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> all = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    all.add(document);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Not valid YAML: " + file, e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            return documents.readAll().stream().filter(node -> node != null && !node.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Kubernetes objects (not kustomization files) in the files under the given folder of k8s/. */
    static List<JsonNode> objects(String folder) {
        return files().stream().filter(path -> path.startsWith(K8S.resolve(folder)))
                .filter(path -> !path.getFileName().toString().equals("kustomization.yaml"))
                .flatMap(path -> documents(path).stream()).toList();
    }

    static List<JsonNode> objects() {
        return objects("");
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** Pods' templates of Deployments and StatefulSets. */
    static List<JsonNode> workloads(List<JsonNode> objects) {
        return objects.stream().filter(object -> List.of("Deployment", "StatefulSet").contains(object.path("kind").asText()))
                .toList();
    }

    /** All main Java sources of a service, concatenated, to find the configuration properties its code injects. */
    static String serviceSources(String service) {
        try (Stream<Path> paths = Files.walk(REPOSITORY.resolve(service).resolve("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path path : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(path));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String serviceProperties(String service) {
        try {
            return Files.readString(REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
