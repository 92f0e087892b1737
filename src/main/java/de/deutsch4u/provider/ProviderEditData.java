package de.deutsch4u.provider;

/** The provider dialog: the API's fields plus what editing needs; {@code version} detects a concurrent edit. */
public class ProviderEditData extends ProviderData {

    private static final long serialVersionUID = 1L;

    private Long id;
    private int version;
    private boolean active = true;

    static ProviderEditData empty() {
        return new ProviderEditData();
    }

    static ProviderEditData of(Provider provider) {
        ProviderEditData form = new ProviderEditData();
        form.id = provider.getId();
        form.version = provider.getVersion();
        form.setName(provider.getName());
        form.setDistrictId(provider.getDistrict().getId());
        form.active = provider.isActive();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
