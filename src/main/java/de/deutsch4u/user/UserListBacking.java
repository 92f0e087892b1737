package de.deutsch4u.user;

import de.deutsch4u.common.BusinessException;
import de.deutsch4u.common.web.FacesMessages;
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

/** /users/list.xhtml: ADMIN manages all accounts; a PROVIDER its own teachers. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserService userService;

    @Inject
    private transient ProviderService providerService;

    @Inject
    private transient Caller caller;

    @Inject
    private transient FacesMessages messages;

    private List<UserAccount> users;
    private List<Provider> providers;
    private List<Role> roles;
    private NewUser form = new NewUser();

    @PostConstruct
    void load() {
        users = userService.list();
        boolean admin = caller.role() == Role.ADMIN;
        providers = admin ? providerService.list() : List.of();
        roles = admin ? List.of(Role.values()) : List.of(Role.TEACHER);
    }

    /** A new account form; ADMIN most often adds provider staff, a PROVIDER its teachers. */
    public void startNew() {
        form = new NewUser();
        form.setRole(roles.contains(Role.PROVIDER) ? Role.PROVIDER : Role.TEACHER);
    }

    public void create() {
        try {
            UserAccount created = userService.create(form);
            messages.flashInfo("users_list.message.info.created", created.getUsername());
            startNew();
            load();
        } catch (BusinessException e) {
            messages.error(e, "userForm");
        }
    }

    public void toggleActive(UserAccount user) {
        try {
            UserAccount saved = userService.setActive(user.getId(), !user.isActive());
            messages.info(saved.isActive() ? "users_list.message.info.activated" : "users_list.message.info.deactivated",
                    saved.getUsername());
            load();
        } catch (BusinessException e) {
            messages.error(e, "usersForm");
        }
    }

    /** Whether the row's account may be (de)activated from this page. */
    public boolean canToggle(UserAccount user) {
        return !user.getId().equals(caller.id())
                && (caller.role() == Role.ADMIN || user.getRole() == Role.TEACHER);
    }

    public boolean isProviderSelectable() {
        return caller.role() == Role.ADMIN && form.getRole() != null && form.getRole().belongsToProvider();
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

    public NewUser getForm() {
        return form;
    }
}
