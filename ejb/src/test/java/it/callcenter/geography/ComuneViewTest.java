package it.callcenter.geography;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ComuneViewTest {

    private static ComuneView roma(List<String> postalCodes) {
        return new ComuneView("058091", "Roma", "RM", "Roma", "Lazio", postalCodes, "H501");
    }

    @Test
    void labelIsProvinceThenName() {
        assertEquals("Roma (RM)", roma(List.of("00118")).label());
        assertEquals("Roma (RM)", roma(List.of("00118")).getLabel());
    }

    @Test
    void gettersAnswerLikeTheAccessorsForThePages() {
        ComuneView view = roma(List.of("00118", "00119"));
        assertEquals(view.istatCode(), view.getIstatCode());
        assertEquals(view.name(), view.getName());
        assertEquals(view.provinceAbbr(), view.getProvinceAbbr());
        assertEquals(view.province(), view.getProvince());
        assertEquals(view.region(), view.getRegion());
        assertEquals(view.postalCodes(), view.getPostalCodes());
        assertEquals(view.cadastralCode(), view.getCadastralCode());
    }

    @Test
    void postalCodesCannotChangeAfterwards() {
        List<String> codes = new ArrayList<>(List.of("00118"));
        ComuneView view = roma(codes);
        codes.add("99999");
        assertEquals(List.of("00118"), view.postalCodes());
        assertThrows(UnsupportedOperationException.class, () -> view.postalCodes().add("00119"));
    }

    @Test
    void survivesSerializationForViewScopedBeans() throws IOException, ClassNotFoundException {
        ComuneView view = roma(List.of("00118", "00119"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(view);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(view, in.readObject());
        }
    }
}
