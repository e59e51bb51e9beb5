package it.callcenter.reporting;

import java.io.Serializable;

/** An operator as the report screen's picker shows them. */
public record OperatorChoice(String username, String fullName) implements Serializable {
}
