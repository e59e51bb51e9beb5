package it.callcenter.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One pass over a return file: counts the lines, keeps the first refusals, and hands the answers on in batches that
 * name each number once (the later check of a number wins), which is what one multi-row upsert needs.
 */
final class RpoReturnLoad {

    private RpoReturnLoad() {
    }

    static RpoResult load(InputStream in, LocalDate fileDate, LocalDate today, int batchSize, int rejectionsKept,
                          Consumer<List<RpoAnswer>> batches) throws IOException {
        long checked = 0;
        long opposed = 0;
        long rejected = 0;
        List<RpoRejection> rejections = new ArrayList<>();
        Map<String, RpoAnswer> batch = new LinkedHashMap<>();
        try (RpoReturnReader reader = RpoReturnReader.open(in, fileDate, today)) {
            for (RpoReturnReader.Line line = reader.next(); line != null; line = reader.next()) {
                if (line.answer() == null) {
                    rejected++;
                    if (rejections.size() < rejectionsKept) {
                        rejections.add(new RpoRejection(line.line(), line.rejection()));
                    }
                    continue;
                }
                checked++;
                opposed += line.answer().opposed() ? 1 : 0;
                batch.merge(line.answer().number(), line.answer(), RpoAnswer::latest);
                if (batch.size() == batchSize) {
                    batches.accept(List.copyOf(batch.values()));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch.values()));
        }
        return new RpoResult(checked, opposed, rejected, List.copyOf(rejections));
    }
}
