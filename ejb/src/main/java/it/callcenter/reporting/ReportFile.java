package it.callcenter.reporting;

/** A printed report: the name to save it as, its content type and its bytes. */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
