package it.callcenter.compliance;

/** A line of a return file that was not applied: its line number and why ({@code error.<code>} in the bundles). */
public record RpoRejection(long line, String code) implements java.io.Serializable {
}
