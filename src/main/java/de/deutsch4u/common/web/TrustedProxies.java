package de.deutsch4u.common.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-Proto} is believed (env TRUSTED_PROXIES, comma-separated
 * addresses, default {@code 127.0.0.1,::1}). Anyone else could claim HTTPS to get a Secure cookie sent over
 * plain HTTP; the claim only counts from these addresses.
 */
public final class TrustedProxies {

    public static final String DEFAULT = "127.0.0.1,::1";

    private final List<InetAddress> addresses;

    private TrustedProxies(List<InetAddress> addresses) {
        this.addresses = addresses;
    }

    public static TrustedProxies parse(String list) {
        return new TrustedProxies(Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .map(TrustedProxies::literal)
                .toList());
    }

    /** True when the request came from a trusted proxy that says the client used HTTPS. */
    public boolean saysHttps(String remoteAddress, String forwardedProto) {
        return forwardedProto != null && forwardedProto.trim().equalsIgnoreCase("https") && isTrusted(remoteAddress);
    }

    boolean isTrusted(String remoteAddress) {
        try {
            return remoteAddress != null && addresses.contains(literal(remoteAddress));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An IP address as written; never a name lookup. */
    private static InetAddress literal(String address) {
        String text =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!text.matches("[0-9a-fA-F:.%]+")) {
            throw new IllegalArgumentException("Not an IP address: " + address);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + address, e);
        }
    }
}
