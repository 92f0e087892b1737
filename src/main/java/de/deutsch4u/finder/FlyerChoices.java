package de.deutsch4u.finder;

import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.SupportLanguages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The choices of the flyer form on a course's page: the second language besides German. */
@Named
@ApplicationScoped
public class FlyerChoices {

    public List<String> getLanguages() {
        return FlyerLanguages.CHOICES;
    }

    public String languageName(String code) {
        return SupportLanguages.name(code, PageLocale.current());
    }
}
