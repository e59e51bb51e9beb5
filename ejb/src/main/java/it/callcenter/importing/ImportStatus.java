package it.callcenter.importing;

import java.util.List;

/** Where a job stands, as {@code GET /imports/{id}} answers it; {@code errors} holds the first rejections. */
public record ImportStatus(long id, String fileName, String state, long read, long created, long updated, long skipped,
                           long rejected, String message, List<Rejection> errors) {

    public record Rejection(long line, String message) {
    }
}
