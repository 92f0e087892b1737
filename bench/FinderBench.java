import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The public course finder under a fixed arrival rate (issue 17), run by bench/finder.sh: requests are started
 * on a schedule (open loop: a slow answer does not slow the arrivals, so queueing shows in the latency),
 * without login, a mix of GET /api/public/courses with and without filters and of the page /kurse.
 * Each latency runs from the planned start to the last byte. Warm-up first, then the measured phase.
 * Arguments: baseUrl [ratePerSecond=200] [seconds=30] [pageShare=0.2]
 */
public class FinderBench {

    static final List<String> API = List.of("/api/public/courses", "/api/public/courses?level=A1",
            "/api/public/courses?districtId=5", "/api/public/courses?weekday=MONDAY&timeOfDay=MORNING",
            "/api/public/courses?q=Bench-Ort+1", "/api/public/courses?childcare=true&level=B1");
    static final List<String> PAGES = List.of("/kurse", "/kurse?level=A2&lang=en", "/kurse?districtId=3&timeOfDay=EVENING");

    record Result(String label, int status, double millis, long bytes, String error) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        double pageShare = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        // A server just started compiles its hot paths first: a cold start at the full rate would queue up
        // behind the compiler and never catch up (open loop), so the warm-up climbs from a quarter of the rate.
        System.out.printf("warm-up: 10 s at %d/s, then 10 s at %d/s%n", rate / 4, rate);
        run(http, base, Math.max(1, rate / 4), 10, pageShare);
        run(http, base, rate, 10, pageShare);
        System.out.printf("measured: %d s at %d/s, %.0f %% pages (/kurse), the rest /api/public/courses%n", seconds, rate,
                pageShare * 100);
        List<Result> results = run(http, base, rate, seconds, pageShare);
        report("all", results);
        report("api", results.stream().filter(r -> r.label().equals("api")).toList());
        report("page", results.stream().filter(r -> r.label().equals("page")).toList());
        System.exit(0);
    }

    static List<Result> run(HttpClient http, String base, int rate, int seconds, double pageShare) throws InterruptedException {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n >= total) {
                return;
            }
            long planned = start + n * periodNanos;
            boolean page = (n % 100) < pageShare * 100;
            List<String> paths = page ? PAGES : API;
            String path = paths.get(n % paths.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Encoding", "identity").GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                double millis = (System.nanoTime() - planned) / 1e6;
                results.add(new Result(page ? "page" : "api", error == null ? response.statusCode() : -1, millis,
                        error == null ? response.body().length : 0, error == null ? null : error.toString()));
                done.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        clock.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %d requests in %.1f s (%.0f/s achieved)%n", results.size(), elapsed, results.size() / elapsed);
        return new ArrayList<>(results);
    }

    static void report(String label, List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        List<Double> millis = new ArrayList<>(results.stream().map(Result::millis).toList());
        Collections.sort(millis);
        long failed = results.stream().filter(r -> r.status() != 200).count();
        results.stream().filter(r -> r.error() != null).findFirst()
                .ifPresent(r -> System.out.printf("  %-5s first error: %s%n", label, r.error()));
        double bytes = results.stream().mapToLong(Result::bytes).average().orElse(0);
        System.out.printf("  %-5s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  not-200: %d  avg body %.0f KB%n",
                label, results.size(), at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1),
                failed, bytes / 1024);
    }

    static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
