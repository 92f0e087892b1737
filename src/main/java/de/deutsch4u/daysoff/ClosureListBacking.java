package de.deutsch4u.daysoff;

import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /closures/list.xhtml: a provider's closure periods. The Hessian school holidays are offered as a
 * default that the provider can take over with one click (most participants are mothers).
 */
@Named
@ViewScoped
public class ClosureListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosureService closureService;

    @Inject
    private ProviderService providerService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private List<Provider> providers;
    private Long providerId;
    private List<Closure> closures = List.of();
    private ClosureData form = new ClosureData();

    @PostConstruct
    void init() {
        providers = providerService.list();
        providerId = caller.seesAllProviders() ? null : caller.providerId();
        load();
    }

    public void load() {
        closures = providerId == null ? List.of() : closureService.list(providerId);
    }

    public void add() {
        closureService.create(providerId, form.getFrom(), form.getTo(), form.getReason());
        messages.info("closures_list.message.info.added");
        form = new ClosureData();
        load();
    }

    public void takeOverSchoolHolidays() {
        int added = closureService.addSchoolHolidays(providerId);
        messages.info("closures_list.message.info.schoolHolidays", added);
        load();
    }

    public boolean isProviderSelectable() {
        return caller.seesAllProviders();
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public List<Closure> getClosures() {
        return closures;
    }

    public ClosureData getForm() {
        return form;
    }
}
