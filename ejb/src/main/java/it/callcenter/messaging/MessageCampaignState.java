package it.callcenter.messaging;

/** A message campaign is written (DRAFT), then sent once: SENDING while any message waits, DONE when none does. */
public enum MessageCampaignState {
    DRAFT, SENDING, DONE
}
