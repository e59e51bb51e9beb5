package it.callcenter.registry;

/** What a party may have agreed to: marketing, third parties, profiling, and each message type. */
public enum Consent {
    MARKETING, THIRD_PARTIES, PROFILING, BIRTHDAY, WELCOME, PROMOTIONS
}
