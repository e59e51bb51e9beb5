package it.callcenter.importing;

import java.io.Serializable;
import java.util.List;

/**
 * The first rows of a stored file as the import screen shows them before the job starts: the encoding and delimiter
 * found, the header, a few data records and, per column, the suggested field's name ("" for none).
 */
public record ImportPreview(String encoding, char delimiter, List<String> header, List<List<String>> rows,
                            List<String> suggested) implements Serializable {
}
