package it.callcenter.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A decompression bomb as a party's photo: a valid PNG of 243 KB whose header says 250,000,000×1 pixels (a row of
 * 250 MB once inflated, twice that as an image) filled a 1 GB heap in the decoder. It is refused from its header,
 * at once, and the server's heap is what it was.
 */
@ExtendWith(TestServer.class)
class PhotoBombIT {

    private static final long MEGABYTE = 1024 * 1024;

    private final Api supervisor = Api.as("supervisor", "demo");

    @Test
    void aPngThatDeclares250MegapixelsIs422AtOnceAndTheServerCarriesOn() throws IOException {
        long id = supervisor.post("/parties", PartiesIT.person("Bomba", "Fotografica", PartiesIT.newMobile()).toString())
                .json().get("id").asLong();
        long version = version(id);
        byte[] bomb = PngBomb.of(250_000_000, 1);
        long heapBefore = ServerJvm.heapUsedAfterGc();

        long start = System.nanoTime();
        Api.Reply refused = supervisor.putBytes("/parties/" + id + "/photo?version=" + version, bomb, "image/png");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(422, refused.status(), refused.body());
        JsonNode error = refused.json().get("errors").get(0);
        assertEquals("photo", error.get("field").asText());
        assertEquals("PHOTO_TOO_LARGE_DIMENSIONS", error.get("code").asText());
        assertEquals("La foto è troppo grande: 250.000.000×1 pixel. Al massimo 10.000 pixel per lato e 40 milioni di pixel"
                + " in tutto.", error.get("message").asText());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "answered in " + took);
        long grown = ServerJvm.heapUsedAfterGc() - heapBefore;
        assertTrue(grown < 128 * MEGABYTE, "the heap grew by " + grown / MEGABYTE + " MB");
        assertEquals(version, version(id), "a refused photo changes nothing");

        Api.Reply photo = supervisor.putBytes("/parties/" + id + "/photo?version=" + version, png(800, 600), "image/png");
        assertEquals(200, photo.status(), photo.body());
        assertEquals(200, supervisor.get("/parties/" + id).status());
        assertFalse(ServerJvm.logs().contains("OutOfMemoryError"), "the server ran out of memory");
    }

    private long version(long id) {
        return supervisor.get("/parties/" + id).json().get("version").asLong();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
