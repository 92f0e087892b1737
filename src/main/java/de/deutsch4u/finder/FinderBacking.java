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
    /** Cards on one page: enough to choose from, small enough for a phone; the filters narrow the rest. */
    static final int SHOWN = 50;

    @Inject
    private PublicCourseCatalog catalog;

    private Map<String, String> parameters;
    private Locale locale;
    private FinderFilter filter;
    private boolean invalid;
    private List<PublicCourse> matching;

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

    /** The first {@link #SHOWN} matching courses. */
    public List<PublicCourse> getCourses() {
        List<PublicCourse> all = matching();
        return all.subList(0, Math.min(SHOWN, all.size()));
    }

    public int getTotal() {
        return matching().size();
    }

    public boolean isMoreThanShown() {
        return getTotal() > SHOWN;
    }

    public int getShown() {
        return SHOWN;
    }

    private List<PublicCourse> matching() {
        if (matching == null) {
            matching = catalog.courses(filter);
        }
        return matching;
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

    /** This page with the same filters in the other language. */
    public String getOtherLanguageLink() {
        String filters = parameters.entrySet().stream().filter(entry -> !entry.getKey().equals("lang"))
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
        return contextPath() + "/kurse?lang=" + getOtherLanguage() + (filters.isEmpty() ? "" : "&" + filters);
    }

    public String languageName(String code) {
        return SupportLanguages.name(code, locale);
    }

    public String languageNames(List<String> codes) {
        return codes.stream().map(this::languageName).collect(Collectors.joining(", "));
    }

    public String weekdayNames(List<DayOfWeek> days) {
        return days.stream().map(day -> Messages.get(locale, "DayOfWeek." + day.name())).collect(Collectors.joining(", "));
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
