package de.deutsch4u.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.course.CourseStatus;
import de.deutsch4u.course.FundingLine;
import de.deutsch4u.course.SessionStatus;
import de.deutsch4u.district.DistrictType;
import de.deutsch4u.district.Region;
import de.deutsch4u.security.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text comes from the bundles (style guide B6): no literal text in views, every key used exists,
 * and German and English have the same keys.
 */
class I18nTest {

    private static final Properties MESSAGES = SourceFiles.bundle("i18n/messages_de.properties");
    private static final Properties VALIDATION = SourceFiles.bundle("ValidationMessages_de.properties");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(value|headerText|title|label|itemLabel|header|message|emptyMessage|requiredMessage|placeholder|alt|ariaLabel)"
                    + "=\"([^\"]*)\"");
    private static final List<Pattern> JAVA_MESSAGE_KEYS = List.of(
            Pattern.compile("messages\\.(?:info|error|flashInfo)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("invalidField\\(\"[^\"]+\",\\s*\"([^\"]+)\""),
            Pattern.compile("new BusinessException\\.Violation\\(\"[^\"]+\",\\s*\"([^\"]+)\""),
            Pattern.compile("Messages\\.get\\([^,()]+,\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("\\.text\\(\\s*\"([^\"]+)\"\\s*[,)]"));
    private static final List<Pattern> JAVA_ERROR_CODES = List.of(
            Pattern.compile("(?:notFound|conflict|forbidden)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("ErrorResponses\\.of\\(headers, \\d+, \"([^\"]+)\""),
            Pattern.compile("case \\d+ -> \"([^\"]+)\""),
            Pattern.compile("(?:unauthorized|send)\\(request, response, (?:[\\w.]+, )?\"([^\"]+)\""));

    @Test
    void shouldKeepTheBaseBundlesEmpty() {
        assertTrue(SourceFiles.bundle("i18n/messages.properties").isEmpty(), "texts belong in messages_de/_en");
        assertTrue(
                SourceFiles.bundle("ValidationMessages.properties").isEmpty(),
                "texts belong in ValidationMessages_de/_en");
    }

    @Test
    void shouldHaveTheSameKeysInGermanAndEnglish() {
        assertEquals(
                MESSAGES.stringPropertyNames(),
                SourceFiles.bundle("i18n/messages_en.properties").stringPropertyNames());
        assertEquals(
                VALIDATION.stringPropertyNames(),
                SourceFiles.bundle("ValidationMessages_en.properties").stringPropertyNames());
    }

    @Test
    void shouldHaveTheDataProtectionNoticeCompleteInSixLanguages() {
        Set<String> keys = SourceFiles.bundle("i18n/privacy_de.properties").stringPropertyNames();
        assertTrue(keys.size() >= 10, "the notice has its paragraphs");
        for (String language : List.of("en", "ar", "fa", "uk", "ti")) {
            assertEquals(
                    keys,
                    SourceFiles.bundle("i18n/privacy_" + language + ".properties")
                            .stringPropertyNames(),
                    language);
        }
        assertTrue(SourceFiles.bundle("i18n/privacy.properties").isEmpty());
    }

    @Test
    void shouldHaveNoLiteralTextInViews() {
        List<String> problems = new ArrayList<>();
        for (Path view : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("webapp"), ".xhtml")) {
            String source = SourceFiles.read(view).replaceAll("(?s)<!--.*?-->", "");
            String text = source.replaceAll("(?s)<[^>]*>", " ").replaceAll("#\\{[^}]*}", " ");
            if (text.matches("(?s).*\\p{L}.*")) {
                problems.add(view + ": text outside #{msg[...]}: "
                        + text.replaceAll("\\s+", " ").trim());
            }
            Matcher attribute = TEXT_ATTRIBUTE.matcher(source);
            while (attribute.find()) {
                String value = attribute.group(2);
                if (value.replaceAll("#\\{[^}]*}", "").matches("(?s).*\\p{L}.*")) {
                    problems.add(view + ": literal " + attribute.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void shouldFindEveryKeyUsedInViews() {
        Set<String> missing = new TreeSet<>();
        Pattern key = Pattern.compile("msg\\['([^']+)']");
        for (Path view : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("webapp"), ".xhtml")) {
            Matcher m = key.matcher(SourceFiles.read(view));
            while (m.find()) {
                if (!MESSAGES.containsKey(m.group(1))) {
                    missing.add(view.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing in messages_de.properties: " + missing);
    }

    @Test
    void shouldFindEveryKeyAndErrorCodeUsedInJava() {
        Set<String> missing = new TreeSet<>();
        Pattern template = Pattern.compile("message = \"\\{([^}]+)}\"");
        for (Path source : SourceFiles.withSuffix(SourceFiles.MAIN.resolve("java"), ".java")) {
            String java = SourceFiles.read(source);
            JAVA_MESSAGE_KEYS.forEach(p -> collectMissing(p, java, "", MESSAGES, missing));
            JAVA_ERROR_CODES.forEach(p -> collectMissing(p, java, "error.", MESSAGES, missing));
            collectMissing(template, java, "", VALIDATION, missing);
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void shouldLabelEveryEnumValue() {
        Set<String> missing = new TreeSet<>();
        Stream.of(
                        Role.values(),
                        DistrictType.values(),
                        Region.values(),
                        CourseLevel.values(),
                        CourseStatus.values(),
                        FundingLine.values(),
                        SessionStatus.values(),
                        java.time.DayOfWeek.values(),
                        de.deutsch4u.participant.Gender.values(),
                        de.deutsch4u.participant.ResidenceStatus.values(),
                        de.deutsch4u.enrollment.EnrollmentStatus.values(),
                        de.deutsch4u.enrollment.WithdrawalReason.values())
                .flatMap(Stream::of)
                .map(value -> value.getDeclaringClass().getSimpleName() + "." + value.name())
                .filter(k -> !MESSAGES.containsKey(k))
                .forEach(missing::add);
        assertTrue(missing.isEmpty(), "missing enum labels: " + missing);
    }

    private static void collectMissing(
            Pattern pattern, String java, String prefix, Properties bundle, Set<String> missing) {
        Matcher m = pattern.matcher(java);
        while (m.find()) {
            if (!bundle.containsKey(prefix + m.group(1))) {
                missing.add(prefix + m.group(1));
            }
        }
    }
}
