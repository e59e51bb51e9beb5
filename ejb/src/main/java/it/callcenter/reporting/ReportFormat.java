package it.callcenter.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The files a report comes as: the extension of the API's path and the content type of the answer. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ReportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
