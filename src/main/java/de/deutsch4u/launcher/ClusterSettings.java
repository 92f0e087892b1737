package de.deutsch4u.launcher;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Contract §10: instances that list the same {@code CLUSTER_MEMBERS} (the {@code host:port} of every
 * instance's cluster port) form one Payara Micro cluster (Hazelcast, discovery by TCP/IP only, never
 * multicast) and share their web sessions. Unset: one instance, no Hazelcast at all.
 */
record ClusterSettings(List<String> members, int port) {

    static final int DEFAULT_PORT = 5901;

    static ClusterSettings fromEnvironment(Map<String, String> env) {
        String members = env.getOrDefault("CLUSTER_MEMBERS", "").trim();
        String port = env.getOrDefault("CLUSTER_PORT", "").trim();
        return new ClusterSettings(
                members.isEmpty()
                        ? List.of()
                        : Arrays.stream(members.split(","))
                                .map(String::trim)
                                .filter(member -> !member.isEmpty())
                                .map(ClusterSettings::checkMember)
                                .toList(),
                port.isEmpty() ? DEFAULT_PORT : parsePort("CLUSTER_PORT", port));
    }

    boolean enabled() {
        return !members.isEmpty();
    }

    /** Payara Micro's options for this instance; {@code bindAddress} is the one interface it may listen on. */
    List<String> payaraArguments(String bindAddress) {
        if (!enabled()) {
            return List.of("--nohazelcast");
        }
        return List.of(
                "--clustermode",
                "tcpip:" + String.join(",", members),
                "--startport",
                String.valueOf(port),
                "--interfaces",
                bindAddress,
                "--clustername",
                "deutsch4u",
                // Backups of session data go to another member even when all run on one host (tests, cluster-local.sh).
                "--nohostaware");
    }

    /** JVM options that belong before {@code -jar}: Hazelcast binds to no other interface and calls no one home. */
    List<String> jvmArguments() {
        return enabled()
                ? List.of("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.phone.home.enabled=false")
                : List.of();
    }

    private static String checkMember(String member) {
        int colon = member.lastIndexOf(':');
        if (colon <= 0) {
            throw new LauncherException("CLUSTER_MEMBERS lists host:port pairs separated by commas, e.g."
                    + " 10.0.0.1:5901,10.0.0.2:5901; '" + member + "' has no port.");
        }
        parsePort("CLUSTER_MEMBERS", member.substring(colon + 1));
        return member;
    }

    private static int parsePort(String name, String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LauncherException(name + ": a port is a number from 1 to 65535, not '" + text + "'.");
    }
}
