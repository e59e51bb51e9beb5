package it.callcenter.registry;

import java.io.IOException;
import java.util.List;

/**
 * Where an archive export goes, one row at a time: the port the registry owns, with one adapter per file format
 * in {@code registry.export}. Rows arrive in order and are never revisited, so an adapter can stream them out and
 * keep nothing. A cell is a {@link String}, a {@link java.time.LocalDateTime} or {@code null}; every text cell goes
 * through {@link FormulaGuard} in the adapter. The adapter writes to a stream it does not own: {@link #finish()}
 * completes the file and flushes, the caller closes the stream.
 */
public interface PartyRowWriter {

    void header(List<String> names) throws IOException;

    void row(List<?> cells) throws IOException;

    void finish() throws IOException;
}
