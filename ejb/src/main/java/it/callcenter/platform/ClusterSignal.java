package it.callcenter.platform;

/**
 * A signal another node of the cluster sent ({@link ClusterSignals#publish}), fired as a CDI event on this node for
 * the observers of its {@code channel} (the supervisor's board, an operator's calls) to pass on to their browsers.
 */
public record ClusterSignal(String channel, String message) {
}
