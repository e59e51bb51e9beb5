package it.callcenter.importing;

import java.io.Serializable;
import java.time.Instant;

/** A saved mapping as the import screen lists it. */
public record ImportTemplateView(long id, String name, String createdBy, Instant createdAt, long version, int columns) implements Serializable {
}
