package it.callcenter.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComuneCsvTest {

    private static final String ROMA = "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,00118 00119 00120,2617175";

    @Test
    void readsARow() {
        ComuneCsv.Row row = ComuneCsv.parseLine(ROMA, 2);
        assertEquals(new ComuneCsv.Row("058091", "Roma", "058", "Roma", "RM", "12", "Lazio", "Centro", "H501",
                List.of("00118", "00119", "00120"), 2_617_175), row);
    }

    @Test
    void keepsAccentsAndApostrophesOfNames() {
        assertEquals("Forlì", ComuneCsv.parseLine(
                "040012,Forlì,040,Forlì-Cesena,FC,08,Emilia-Romagna,2,Nord-est,D704,47121 47122,116434", 2).name());
        assertEquals("Sant'Angelo Romano", ComuneCsv.parseLine(
                "058098,Sant'Angelo Romano,058,Roma,RM,12,Lazio,3,Centro,I284,00010,4488", 2).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,00118",
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,00118,2617175,extra",
            "058091,\"Roma, Capitale\",058,Roma,RM,12,Lazio,3,Centro,H501,00118,2617175",
            "58091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,00118,2617175",
            "058091,Roma,058,Roma,Rm,12,Lazio,3,Centro,H501,00118,2617175",
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H50,00118,2617175",
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,0118,2617175",
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,,2617175",
            "058091,,058,Roma,RM,12,Lazio,3,Centro,H501,00118,2617175",
            "058091,Roma,058,Roma,RM,12,Lazio,3,Centro,H501,00118,many"
    })
    void refusesWhatItCannotReadSafely(String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComuneCsv.parseLine(line, 7));
        assertTrue(e.getMessage().contains("line 7"), e.getMessage());
    }

    @Test
    void refusesAnUnexpectedHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> ComuneCsv.parse(new BufferedReader(new StringReader("code,name\n" + ROMA))));
    }

    @Test
    void skipsBlankLinesAndCountsLinesFromTheHeader() throws IOException {
        String csv = ComuneCsv.HEADER + "\r\n" + ROMA + "\r\n\r\n";
        assertEquals(1, ComuneCsv.parse(new BufferedReader(new StringReader(csv))).size());
        var e = assertThrows(IllegalArgumentException.class, () -> ComuneCsv.parse(
                new BufferedReader(new StringReader(ComuneCsv.HEADER + "\n" + ROMA + "\nbroken\n"))));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theShippedFileHoldsEveryComuneOnce() {
        List<ComuneCsv.Row> rows = ComuneCsv.fromClassPath(getClass().getClassLoader());
        assertEquals(7_904, rows.size());
        Map<String, ComuneCsv.Row> byIstatCode = rows.stream()
                .collect(Collectors.toMap(ComuneCsv.Row::istatCode, Function.identity()));
        assertEquals(7_904, byIstatCode.size());
        assertEquals(7_904, new HashSet<>(rows.stream().map(ComuneCsv.Row::cadastralCode).toList()).size());

        ComuneCsv.Row roma = byIstatCode.get("058091");
        assertEquals("Roma", roma.name());
        assertEquals("H501", roma.cadastralCode());
        assertTrue(roma.postalCodes().contains("00118"));
        assertEquals("FC", byIstatCode.get("040012").provinceAbbr());
        assertEquals("Forlì", byIstatCode.get("040012").name());
    }

    @Test
    void romaIsTheFirstSuggestionForRom() {
        List<ComuneCsv.Row> rom = ComuneCsv.fromClassPath(getClass().getClassLoader()).stream()
                .filter(row -> SearchText.normalize(row.name()).startsWith(SearchText.normalize("rom")))
                .sorted((a, b) -> Integer.compare(b.population(), a.population()))
                .toList();
        assertEquals("Roma", rom.get(0).name());
    }
}
