package de.deutsch4u.user;

import de.deutsch4u.security.PasswordPolicy;
import de.deutsch4u.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account to create: the body of {@code POST /api/users} and the form on the users page. */
public record NewUser(
        @NotBlank(message = "{validation.required}")
        @Size(min = 3, max = UserAccount.USERNAME_MAXLENGTH, message = "{validation.username.size}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username.pattern}")
        String username,
        @NotNull(message = "{validation.required}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password.tooShort}")
        String password,
        @NotBlank(message = "{validation.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAXLENGTH, message = "{validation.maxLength}")
        String displayName,
        @NotNull(message = "{validation.required}")
        Role role,
        Long providerId) {
}
