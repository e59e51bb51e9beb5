package it.callcenter.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This server's name among the nodes of a cluster: WildFly's {@code jboss.node.name}, else the host name. */
public final class Node {

    private static final String NAME = resolve();

    private Node() {
    }

    public static String name() {
        return NAME;
    }

    private static String resolve() {
        String configured = System.getProperty("jboss.node.name");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
