import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a load test (issue 15): reads the JFR file that
 * {@code BENCH_PROFILE=FILE.jfr bench/load.sh} writes and counts its CPU samples by the application class nearest to
 * the executing code (a backing bean, a service, a resource), by password hashing (sign-in) and, for samples
 * without application code on the stack, by thread kind.
 *
 * <pre>java bench/LoadProfile.java FILE.jfr</pre>
 */
public class LoadProfile {

    public static void main(String[] args) throws Exception {
        Map<String, Integer> byPlace = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            byPlace.merge(place(event), 1, Integer::sum);
        }
        System.out.printf("%d CPU samples of the server's Java threads%n", samples);
        System.out.println("| where | samples | share |");
        System.out.println("| --- | --- | --- |");
        int total = samples;
        byPlace.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(25)
                .forEach(entry -> System.out.printf(
                        "| %s | %d | %.1f %% |%n", entry.getKey(), entry.getValue(), 100.0 * entry.getValue() / total));
    }

    /** Application classes every request passes through: a sample in them counts for the code they called. */
    private static final List<String> PASSED_THROUGH = List.of(
            "ServiceUnavailableFilter", "SecurityHeaders", "CspNonceRequired", "RequiredBody", "Sql", "LocaleFilter");

    /** Framework packages, for samples without application code of their own (nearest to the executing code first). */
    private static final Map<String, String> FRAMEWORKS = new java.util.LinkedHashMap<>();

    static {
        FRAMEWORKS.put("org.mariadb", "JDBC driver");
        FRAMEWORKS.put("org.eclipse.persistence", "EclipseLink");
        FRAMEWORKS.put("org.jdbi", "Jdbi");
        FRAMEWORKS.put("org.eclipse.yasson", "JSON-B");
        FRAMEWORKS.put("com.sun.faces", "Faces");
        FRAMEWORKS.put("org.primefaces", "Faces");
        FRAMEWORKS.put("org.glassfish.jersey", "Jersey");
        FRAMEWORKS.put("org.jboss.weld", "Weld");
        FRAMEWORKS.put("com.sun.ejb", "EJB container");
        FRAMEWORKS.put("org.glassfish.soteria", "security");
        FRAMEWORKS.put("com.sun.web.security", "security");
        FRAMEWORKS.put("org.apache.catalina", "web container");
        FRAMEWORKS.put("org.glassfish.grizzly", "HTTP (Grizzly)");
        FRAMEWORKS.put("java.util.zip", "gzip");
    }

    private static String place(RecordedEvent event) {
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        for (RecordedFrame frame : frames) {
            if (type(frame).startsWith("com.sun.crypto.provider.PBKDF2")) {
                return "password hashing (PBKDF2, sign-in)";
            }
        }
        for (RecordedFrame frame : frames) {
            String type = type(frame).replaceAll("\\$\\$Lambda.*", "");
            if (type.startsWith("de.deutsch4u.") && !type.contains("$Proxy$") && !type.contains("__EJB31_Generated__")) {
                String simple = type.substring(type.lastIndexOf('.') + 1);
                int inner = simple.indexOf('$');
                simple = inner < 0 ? simple : simple.substring(0, inner);
                if (!PASSED_THROUGH.contains(simple)) {
                    return simple;
                }
            }
        }
        for (RecordedFrame frame : frames) {
            for (Map.Entry<String, String> framework : FRAMEWORKS.entrySet()) {
                if (type(frame).startsWith(framework.getKey())) {
                    return framework.getValue() + " (no application code)";
                }
            }
        }
        String thread = event.getThread("sampledThread") == null
                ? "?"
                : event.getThread("sampledThread").getJavaName();
        return "other, thread " + (thread == null ? "?" : thread.replaceAll("[0-9]+", "N"));
    }

    private static String type(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }
}
