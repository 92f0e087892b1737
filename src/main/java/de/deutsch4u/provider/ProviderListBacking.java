package de.deutsch4u.provider;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /providers/list.xhtml: all providers; ADMIN creates and edits them. */
@Named
@ViewScoped
public class ProviderListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderService providerService;

    @Inject
    private DistrictService districtService;

    @Inject
    private FacesMessages messages;

    private List<Provider> providers;
    private List<District> districts;
    private ProviderEditData form = ProviderEditData.empty();

    @PostConstruct
    void load() {
        providers = providerService.list();
        districts = districtService.validOn(Today.date());
    }

    public void startNew() {
        form = ProviderEditData.empty();
    }

    public void startEdit(Provider provider) {
        form = ProviderEditData.of(provider);
    }

    public void save() {
        if (form.getId() == null) {
            Provider created = providerService.create(form.getName(), form.getDistrictId());
            messages.flashInfo("providers_list.message.info.created", created.getName());
        } else {
            Provider saved = providerService.update(
                    form.getId(), form.getVersion(), form.getName(), form.getDistrictId(), form.isActive());
            messages.flashInfo("providers_list.message.info.saved", saved.getName());
        }
        form = ProviderEditData.empty();
        load();
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public ProviderEditData getForm() {
        return form;
    }
}
