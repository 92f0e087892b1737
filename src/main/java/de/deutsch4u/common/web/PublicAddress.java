package de.deutsch4u.common.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.eclipse.microprofile.config.ConfigProvider;

/** The address people use to reach the application: PUBLIC_URL when set (e.g. behind a proxy), else this request's. */
public final class PublicAddress {

    private PublicAddress() {}

    /** The base address, ending in "/". */
    public static String base() {
        String configured = ConfigProvider.getConfig()
                .getOptionalValue("public.url", String.class)
                .filter(url -> !url.isBlank())
                .orElse(null);
        if (configured != null) {
            return configured.endsWith("/") ? configured : configured + "/";
        }
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        int port = request.getRequestServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getRequestScheme())
                || port == 443 && "https".equals(request.getRequestScheme());
        return request.getRequestScheme() + "://" + request.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + request.getRequestContextPath() + "/";
    }
}
