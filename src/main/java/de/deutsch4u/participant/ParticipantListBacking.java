package de.deutsch4u.participant;

import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.common.web.PageLocale;
import de.deutsch4u.course.CourseLevel;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /participants/list.xhtml: search, register and correct participants. Before saving, people with the same
 * names and birth year at the provider are shown as possible duplicates; the user may save anyway.
 */
@Named
@ViewScoped
public class ParticipantListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipantService participantService;

    @Inject
    private ProviderService providerService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private String query;
    private final ParticipantLazyModel participants = new ParticipantLazyModel();
    private List<Provider> providers;
    private ParticipantData form = new ParticipantData();
    private List<Participant> possibleDuplicates = List.of();
    private Long editedId;

    @PostConstruct
    void init() {
        providers = caller.role() == Role.ADMIN ? providerService.list() : List.of();
    }

    /** The table loads the first page for the query when the button updates it. */
    public void search() {
        participants.setQuery(query);
    }

    public void startEdit(Participant participant) {
        form = ParticipantData.of(participant);
        editedId = participant.getId();
        possibleDuplicates = List.of();
    }

    public void startNew() {
        editedId = null;
        form = new ParticipantData();
        form.setGender(Gender.UNSPECIFIED);
        form.setCountryOfOrigin(Countries.STATELESS_OR_UNKNOWN);
        possibleDuplicates = List.of();
    }

    /** First click: warns about possible duplicates; a second click ("save anyway") saves. */
    public void save(boolean despiteDuplicates) {
        if (editedId != null) {
            participantService.correct(editedId, form);
            messages.info("participants_list.message.info.corrected", editedId);
            search();
            return;
        }
        if (!despiteDuplicates) {
            long provider = form.getProviderId() != null ? form.getProviderId() : caller.providerId();
            possibleDuplicates =
                    participantService.similar(provider, form.getFirstName(), form.getLastName(), form.getBirthYear());
            if (!possibleDuplicates.isEmpty()) {
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        Participant saved = participantService.register(form);
        messages.info("participants_list.message.info.saved", saved.getId());
        possibleDuplicates = List.of();
        search();
    }

    public String countryName(String code) {
        return Countries.label(code, PageLocale.current());
    }

    public List<String> getCountryCodes() {
        return Countries.sortedCodes(PageLocale.current());
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN && editedId == null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
    }

    public List<ResidenceStatus> getResidenceStatuses() {
        return List.of(ResidenceStatus.values());
    }

    public List<CourseLevel> getLevels() {
        return List.of(CourseLevel.values());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ParticipantLazyModel getParticipants() {
        return participants;
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public ParticipantData getForm() {
        return form;
    }

    public List<Participant> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
