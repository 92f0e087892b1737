package de.deutsch4u.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Style guide B4 and B9, checked on the sources: cheaper than review comments. */
class ViewRulesTest {

    @Test
    void shouldKeepPersistenceOutOfBackingBeans() {
        List<String> offenders = new ArrayList<>();
        for (Path bean : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("java"), "Backing.java")) {
            if (SourceFiles.read(bean).contains("import jakarta.persistence.EntityManager")) {
                offenders.add(bean.toString());
            }
        }
        assertTrue(offenders.isEmpty(), "backing beans use services, never the EntityManager: " + offenders);
    }

    /**
     * Our own two script files, in the layout only: app.js (the phone menu, focus after ajax updates) and
     * attendance-draft.js (unsaved attendance marks kept on the device; docs/architecture.md). Everything
     * else is PrimeFaces'.
     */
    private static final List<String> OUR_SCRIPTS = List.of(
            "<h:outputScript name=\"js/app.js\" target=\"head\"/>",
            "<h:outputScript name=\"js/attendance-draft.js\"/>");

    @Test
    void shouldHaveNoInlineStylesScriptsExternalResourcesOrPrependId() {
        List<String> offenders = new ArrayList<>();
        for (Path view : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("webapp"), ".xhtml")) {
            String source = SourceFiles.read(view)
                    .replaceAll("xmlns(:\\w+)?=\"[^\"]*\"", "")
                    .replaceAll("xsi:schemaLocation=\"[^\"]*\"", "");
            if (view.endsWith(Path.of("WEB-INF", "templates", "layout.xhtml"))) {
                for (String script : OUR_SCRIPTS) {
                    source = source.replace(script, "");
                }
            }
            for (String forbidden :
                    List.of("style=\"", "<script", "<h:outputScript", "http://", "https://", "prependId")) {
                if (source.contains(forbidden)) {
                    offenders.add(view + " contains " + forbidden);
                }
            }
        }
        assertTrue(offenders.isEmpty(), String.join("\n", offenders));
    }

    /**
     * A required view parameter fails the second ajax postback of a page silently (Mojarra does not keep
     * the value): the action is not invoked and no message shows. Beans check the id in their viewAction.
     */
    @Test
    void shouldNotMarkViewParametersRequired() {
        for (Path view : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("webapp"), ".xhtml")) {
            assertTrue(!SourceFiles.read(view).matches("(?s).*<f:viewParam[^>]*required=\"true\".*"), view.toString());
        }
    }

    /** Browser tests say what a person does; how to find it on the page (ids, CSS, XPath) is the page objects' business. */
    @Test
    void shouldKeepSelectorsInPageObjects() {
        List<String> offenders = new ArrayList<>();
        for (Path test : SourceFiles.withSuffix(Path.of("src/test/java/de/deutsch4u/ui"), "IT.java")) {
            if (SourceFiles.read(test).matches("(?s).*\\bBy\\.\\w+\\(.*")) {
                offenders.add(test.toString());
            }
        }
        assertTrue(offenders.isEmpty(), "selectors (By.…) belong in ui/pages: " + offenders);
    }

    @Test
    void shouldKeepTheLauncherFreeOfApplicationCode() {
        for (Path source : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("java/de/deutsch4u/launcher"), ".java")) {
            String java = SourceFiles.read(source);
            assertTrue(
                    !java.matches("(?s).*import de\\.deutsch4u\\.(?!launcher).*"),
                    source + " must not depend on the application (it is not in the launcher jar)");
        }
    }
}
