package de.deutsch4u.finder;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.Messages;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.course.SupportLanguages;
import de.deutsch4u.district.District;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public page /kurse: request scoped and read from GET parameters only, so a visitor gets no session;
 * the language comes from {@code ?lang=en} (German otherwise), not from the session as on the other pages.
 */
@Named
@RequestScoped
public class FinderBacking {

    private static final String MAP_SEARCH = "https://www.openstreetmap.org/search?query=";

    @Inject
    private PublicCourseCatalog catalog;

    private Map<String, String> parameters;
    private Locale locale;
    private FinderFilter filter;
    private boolean invalid;
    private FinderResults results;

    @PostConstruct
    void readParameters() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        parameters = QueryString.parse(((HttpServletRequest) request).getQueryString());
        locale = "en".equals(parameters.get("lang")) ? Locale.ENGLISH : Messages.GERMAN;
        try {
            filter = FinderFilter.parse(parameters);
        } catch (BusinessException e) {
            filter = FinderFilter.NONE;
            invalid = true;
        }
    }

    /** The cards of the page asked for ({@code ?page=N}, 20 a page). */
    public List<PublicCourse> getCourses() {
        return results().shown();
    }

    public int getTotal() {
        return results().total();
    }

    public int getFirst() {
        return results().first();
    }

    public int getLast() {
        return results().last();
    }

    public boolean isPaged() {
        return results().pages() > 1;
    }

    /** The page before this one with the same filters, or null on the first page. */
    public String getPreviousPageLink() {
        return results().page() > 1 ? pageLink(results().page() - 1) : null;
    }

    /** The page after this one with the same filters, or null on the last page. */
    public String getNextPageLink() {
        return results().page() < results().pages() ? pageLink(results().page() + 1) : null;
    }

    private FinderResults results() {
        if (results == null) {
            results = FinderResults.of(catalog.courses(filter), parameters.get("page"));
        }
        return results;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public boolean isOneCourse() {
        return filter.courseId() != null;
    }

    public List<District> getDistricts() {
        return catalog.districts();
    }

    public List<String> getTowns() {
        return catalog.towns();
    }

    public List<CourseLevel> getLevels() {
        return List.of(CourseLevel.values());
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public List<TimeOfDay> getTimesOfDay() {
        return List.of(TimeOfDay.values());
    }

    public List<String> getLanguages() {
        return SupportLanguages.OFFERED;
    }

    /** The value of a filter as given, for the form ("" when not given). */
    public String param(String name) {
        String value = parameters.get(name);
        return value == null ? "" : value;
    }

    /** "selected" when the filter has this value, else null (Facelets then leaves the attribute out). */
    public String selected(String name, Object value) {
        return String.valueOf(value).equalsIgnoreCase(param(name).strip()) ? "selected" : null;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String getOtherLanguage() {
        return locale == Locale.ENGLISH ? "de" : "en";
    }

    /** This page with the same filters and page in the other language. */
    public String getOtherLanguageLink() {
        return link(getOtherLanguage(), parameters.get("page"));
    }

    private String pageLink(int page) {
        return link(getLanguage(), String.valueOf(page));
    }

    private String link(String language, String page) {
        String filters = parameters.entrySet().stream()
                .filter(entry ->
                        !entry.getKey().equals("lang") && !entry.getKey().equals("page"))
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return contextPath() + "/kurse?lang=" + language + (filters.isEmpty() ? "" : "&" + filters)
                + (page == null ? "" : "&page=" + encode(page));
    }

    public String languageName(String code) {
        return SupportLanguages.name(code, locale);
    }

    public String languageNames(List<String> codes) {
        return codes.stream().map(this::languageName).collect(Collectors.joining(", "));
    }

    public String weekdayNames(List<DayOfWeek> days) {
        return days.stream()
                .map(day -> Messages.get(locale, "DayOfWeek." + day.name()))
                .collect(Collectors.joining(", "));
    }

    /** A search for the address on OpenStreetMap: a plain link, no map tiles or scripts from other sites on this page. */
    public String mapLink(PublicCourse course) {
        return MAP_SEARCH + encode(course.location().address());
    }

    public String phoneLink(PublicCourse course) {
        return "tel:" + course.location().phone().replaceAll("[^+0-9]", "");
    }

    /** The flyer in German and the first of the course's languages that flyers have (English otherwise). */
    public String flyerLink(PublicCourse course) {
        return contextPath() + "/api/public/courses/" + course.id() + "/flyer?format=A4&lang="
                + FlyerLanguages.secondFor(course.supportLanguages());
    }

    private static String contextPath() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
