package it.callcenter.messaging;

/** How a message travels. */
public enum Channel {
    SMS, EMAIL
}
