package de.deutsch4u.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Packages must not depend on each other in a circle: a cycle means neither package can be understood,
 * tested or changed without the other. A package's dependencies are the classes of other packages that its
 * sources name (imports and fully qualified names).
 *
 * <p>The groups in {@link #KNOWN_CYCLES} are the debt found when this test was written (issue 16); they may
 * only shrink. A new cycle, or a known group that grew, fails the build; a group that shrank or vanished fails
 * too, so that this list is updated and the improvement is kept.
 */
class PackageCyclesTest {

    private static final Set<Set<String>> KNOWN_CYCLES = Set.of(
            Set.of("common.api", "ops"),
            Set.of("audit", "security"),
            Set.of(
                    "course",
                    "district",
                    "enrollment",
                    "finder",
                    "location",
                    "participant",
                    "provider",
                    "report",
                    "user",
                    "daysoff"));

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package de\\.deutsch4u\\.([\\w.]+);");
    private static final Pattern REFERENCE =
            Pattern.compile("\\bde\\.deutsch4u\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

    @Test
    void shouldHaveNoNewImportCycles() {
        Set<Set<String>> cycles = new HashSet<>(cycles(dependencies()));
        assertEquals(
                describe(KNOWN_CYCLES),
                describe(cycles),
                "packages that depend on each other in a circle (see the class comment)");
    }

    @Test
    void shouldFindACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
        assertTrue(cycles(Map.of("a", Set.of("b"), "b", Set.of())).isEmpty());
    }

    /** Package (below de.deutsch4u) → the packages its main sources refer to. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path source : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("java"), ".java")) {
            String java = SourceFiles.read(source);
            Matcher declared = PACKAGE.matcher(java);
            if (!declared.find()) {
                continue;
            }
            String from = declared.group(1);
            Set<String> targets = graph.computeIfAbsent(from, p -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(java);
            while (reference.find()) {
                if (!reference.group(1).equals(from)) {
                    targets.add(reference.group(1));
                }
            }
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan's algorithm). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, lowLink, stack, components);
            }
        }
        return components.stream().filter(c -> c.size() > 1).toList();
    }

    private static void connect(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> lowLink,
            Deque<String> stack,
            List<Set<String>> components) {
        index.put(node, index.size());
        lowLink.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, lowLink, stack, components);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (stack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    private static String describe(Set<Set<String>> cycles) {
        return cycles.stream()
                .map(c -> String.join(" ↔ ", new TreeSet<>(c)))
                .sorted()
                .reduce((a, b) -> a + "\n" + b)
                .orElse("(none)");
    }
}
