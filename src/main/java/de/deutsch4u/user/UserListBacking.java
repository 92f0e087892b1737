package de.deutsch4u.user;

import de.deutsch4u.common.Today;
import de.deutsch4u.common.web.FacesMessages;
import de.deutsch4u.district.District;
import de.deutsch4u.district.DistrictService;
import de.deutsch4u.provider.Provider;
import de.deutsch4u.provider.ProviderService;
import de.deutsch4u.security.Caller;
import de.deutsch4u.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** /users/list.xhtml: ADMIN manages all accounts; a PROVIDER its own teachers. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    @Inject
    private ProviderService providerService;

    @Inject
    private DistrictService districtService;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private List<UserAccount> users;
    private List<Provider> providers;
    private List<District> districts;
    private Role editedRole;
    private List<Role> roles;
    private UserData form = new UserData();
    private Role filterRole;
    private Long filterProviderId;
    private Boolean filterActive;
    private Long editedId;
    private String editedUsername;
    private final UserChangeData edit = new UserChangeData();
    private boolean confirmingDeactivation;
    private String temporaryPassword;

    @PostConstruct
    void load() {
        boolean admin = caller.role() == Role.ADMIN;
        providers = admin ? providerService.list() : List.of();
        districts = admin ? districtService.validOn(Today.date()) : List.of();
        roles = admin ? List.of(Role.values()) : List.of(Role.TEACHER);
        filter();
    }

    public void filter() {
        users = userService.list(new UserFilter(filterRole, filterProviderId, filterActive));
    }

    /** A new account form; ADMIN most often adds provider staff, a PROVIDER its teachers. */
    public void startNew() {
        form = new UserData();
        form.setRole(roles.contains(Role.PROVIDER) ? Role.PROVIDER : Role.TEACHER);
    }

    public void create() {
        UserAccount created = userService.create(form);
        messages.flashInfo("users_list.message.info.created", created.getUsername());
        startNew();
        filter();
    }

    public void startEdit(UserAccount user) {
        editedId = user.getId();
        editedUsername = user.getUsername();
        editedRole = user.getRole();
        edit.setDistrictIds(user.getRole() == Role.DISTRICT ? new java.util.ArrayList<>(user.getDistrictIds()) : null);
        edit.setDisplayName(user.getDisplayName());
        edit.setActive(user.isActive());
        confirmingDeactivation = false;
    }

    /** Deactivating signs the person out at once, so it is asked once more before it is saved. */
    public void saveEdit() {
        UserAccount current = userService.get(editedId);
        if (current.isActive() && !edit.getActive() && !confirmingDeactivation) {
            confirmingDeactivation = true;
            PrimeFaces.current().ajax().addCallbackParam("confirming", true);
            return;
        }
        userService.update(editedId, edit);
        messages.info("users_list.message.info.saved", editedUsername);
        confirmingDeactivation = false;
        filter();
    }

    public void cancelDeactivation() {
        confirmingDeactivation = false;
    }

    public void resetPassword(UserAccount user) {
        temporaryPassword = userService.resetPassword(user.getId());
        editedUsername = user.getUsername();
    }

    /** Shown once: forgotten when its dialog is closed. */
    public void forgetTemporaryPassword() {
        temporaryPassword = null;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    /** Whether the row's account may be edited and reset from this page. */
    public boolean canEdit(UserAccount user) {
        return caller.role() == Role.ADMIN || user.getRole() == Role.TEACHER;
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN
                && form.getRole() != null
                && form.getRole().belongsToProvider();
    }

    /** A DISTRICT account (new or edited) is bound to districts chosen from a multi-select. */
    public boolean isDistrictsSelectable() {
        return caller.role() == Role.ADMIN && form.getRole() == Role.DISTRICT;
    }

    public boolean isEditedDistrictAccount() {
        return editedRole == Role.DISTRICT;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public boolean isAdmin() {
        return caller.role() == Role.ADMIN;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<Provider> getProviders() {
        return providers;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public UserData getForm() {
        return form;
    }

    public Role getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(Role filterRole) {
        this.filterRole = filterRole;
    }

    public Long getFilterProviderId() {
        return filterProviderId;
    }

    public void setFilterProviderId(Long filterProviderId) {
        this.filterProviderId = filterProviderId;
    }

    public Boolean getFilterActive() {
        return filterActive;
    }

    public void setFilterActive(Boolean filterActive) {
        this.filterActive = filterActive;
    }

    public UserChangeData getEdit() {
        return edit;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public boolean isConfirmingDeactivation() {
        return confirmingDeactivation;
    }
}
