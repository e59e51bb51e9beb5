package it.callcenter.campaign;

/**
 * Where an entry of a campaign is: OPEN waits to be called (from its due time), HELD is leased to one operator,
 * CALLBACK is a call promised for a time (to one operator or anyone), DONE has its final outcome. The fill writes
 * OPEN entries; every later change is the queue's.
 */
public enum EntryState {
    OPEN, HELD, CALLBACK, DONE
}
