package it.callcenter.registry;

import it.callcenter.BusinessException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The photo rules: 1 MB at most, JPEG or PNG by their bytes, scaled to fit 200×300 and never enlarged. */
class PhotoImagesTest {

    @Test
    void aWidePngIsScaledToTheWidthAndStaysPng() throws IOException {
        Photo photo = PhotoImages.prepare(encode(image(2000, 1000, BufferedImage.TYPE_INT_RGB), "png"));
        assertEquals(PhotoImages.PNG, photo.contentType());
        assertSize(photo, 200, 100);
    }

    @Test
    void aTallJpegIsScaledToTheHeightAndStaysJpeg() throws IOException {
        Photo photo = PhotoImages.prepare(encode(image(1000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg"));
        assertEquals(PhotoImages.JPEG, photo.contentType());
        assertSize(photo, 100, 300);
    }

    @Test
    void aSmallImageIsNeverEnlarged() throws IOException {
        Photo photo = PhotoImages.prepare(encode(image(120, 80, BufferedImage.TYPE_INT_RGB), "jpeg"));
        assertSize(photo, 120, 80);
    }

    @Test
    void hugeDimensionsInASmallFileAreDecodedSubsampled() throws IOException {
        byte[] png = encode(new BufferedImage(6000, 4000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertTrue(png.length < PhotoImages.MAX_BYTES);
        assertSize(PhotoImages.prepare(png), 200, 133);
    }

    @Test
    void aPngBombIsRefusedByItsHeaderBeforeAnyPixelIsDecoded() {
        byte[] bomb = PngBomb.of(250_000_000, 1);
        assertTrue(bomb.length < 300_000, "a 250 MP PNG of zeros is about 243 KB: " + bomb.length);
        long start = System.nanoTime();
        BusinessException e = assertThrows(BusinessException.class, () -> PhotoImages.prepare(bomb));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused from the header, without decoding");
        assertEquals("photo", e.field());
        assertEquals("PHOTO_TOO_LARGE_DIMENSIONS", e.code());
        assertArrayEquals(new Object[] {250_000_000, 1, 10_000, 40L}, e.arguments());
    }

    @Test
    void tenThousandPixelsASideAndFortyMegapixelsAreTheLimits() {
        assertTooLarge(() -> PhotoImages.refuseOversized(new PhotoImages.Size(10_001, 10)));
        assertTooLarge(() -> PhotoImages.refuseOversized(new PhotoImages.Size(10, 10_001)));
        assertTooLarge(() -> PhotoImages.refuseOversized(new PhotoImages.Size(8_000, 5_001)));
        PhotoImages.refuseOversized(new PhotoImages.Size(10_000, 4_000));
        PhotoImages.refuseOversized(new PhotoImages.Size(8_000, 5_000));
        assertTooLarge(() -> PhotoImages.prepare(PngBomb.of(10_001, 1)));
    }

    @Test
    void aJpegThatClaimsHugeDimensionsIsRefusedToo() throws IOException {
        byte[] jpeg = encode(image(16, 16, BufferedImage.TYPE_INT_RGB), "jpeg");
        for (int i = 2; i < jpeg.length - 9; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xC0) { // SOF0: length, precision, height, width
                jpeg[i + 5] = (byte) 0xEA;
                jpeg[i + 6] = (byte) 0x60;
                jpeg[i + 7] = (byte) 0xEA;
                jpeg[i + 8] = (byte) 0x60;
                break;
            }
        }
        BusinessException e = assertThrows(BusinessException.class, () -> PhotoImages.prepare(jpeg));
        assertEquals("PHOTO_TOO_LARGE_DIMENSIONS", e.code());
        assertArrayEquals(new Object[] {60_000, 60_000, 10_000, 40L}, e.arguments());
    }

    @Test
    void transparencyOfAPngIsKept() throws IOException {
        Photo photo = PhotoImages.prepare(encode(image(400, 400, BufferedImage.TYPE_INT_ARGB), "png"));
        assertTrue(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getColorModel().hasAlpha());
    }

    @Test
    void theStoredFileIsEncodedAgainSoNothingOfTheUploadSurvives() throws IOException {
        byte[] upload = encode(image(100, 100, BufferedImage.TYPE_INT_RGB), "png");
        byte[] withTrailer = Arrays.copyOf(upload, upload.length + 16);
        System.arraycopy("<script>x</script".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, upload.length, 16);
        byte[] stored = PhotoImages.prepare(withTrailer).bytes();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("<script>"));
    }

    @Test
    void moreThanOneMegabyteIsRefusedBeforeLookingAtIt() {
        byte[] big = new byte[PhotoImages.MAX_BYTES + 1];
        BusinessException e = assertThrows(BusinessException.class, () -> PhotoImages.prepare(big));
        assertEquals("photo", e.field());
        assertEquals("PHOTO_TOO_LARGE", e.code());
        assertArrayEquals(new Object[] {1}, e.arguments());
    }

    @Test
    void textIsNotAnImageWhateverItClaims() {
        assertNotAnImage("GIF89a is not accepted, nor is text".getBytes(StandardCharsets.US_ASCII));
        assertNotAnImage(new byte[0]);
        assertNotAnImage(null);
    }

    @Test
    void theRightMagicWithDamagedDataIsNotAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4, 5, 6, 7, 8, 9};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0, 0, 0};
        assertNotAnImage(png);
        assertNotAnImage(jpeg);
    }

    @Test
    void gifAndBmpAreNotAccepted() throws IOException {
        assertNotAnImage(encode(image(50, 50, BufferedImage.TYPE_INT_RGB), "gif"));
        assertNotAnImage(encode(image(50, 50, BufferedImage.TYPE_INT_RGB), "bmp"));
    }

    @Test
    void theFormatIsToldByTheFirstBytes() throws IOException {
        assertEquals(Optional.of(PhotoImages.PNG), PhotoImages.detect(encode(image(10, 10, BufferedImage.TYPE_INT_RGB), "png")));
        assertEquals(Optional.of(PhotoImages.JPEG), PhotoImages.detect(encode(image(10, 10, BufferedImage.TYPE_INT_RGB), "jpeg")));
        assertEquals(Optional.empty(), PhotoImages.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }

    @Test
    void fitKeepsTheProportionsWithinTheBox() {
        assertEquals(new PhotoImages.Size(200, 100), PhotoImages.fit(2000, 1000));
        assertEquals(new PhotoImages.Size(200, 300), PhotoImages.fit(400, 600));
        assertEquals(new PhotoImages.Size(150, 300), PhotoImages.fit(500, 1000));
        assertEquals(new PhotoImages.Size(200, 1), PhotoImages.fit(100_000, 10));
        assertEquals(new PhotoImages.Size(199, 299), PhotoImages.fit(199, 299));
    }

    private static void assertTooLarge(org.junit.jupiter.api.function.Executable check) {
        assertEquals("PHOTO_TOO_LARGE_DIMENSIONS", assertThrows(BusinessException.class, check).code());
    }

    private static void assertNotAnImage(byte[] bytes) {
        BusinessException e = assertThrows(BusinessException.class, () -> PhotoImages.prepare(bytes));
        assertEquals("PHOTO_NOT_AN_IMAGE", e.code());
        assertEquals("photo", e.field());
    }

    private static void assertSize(Photo photo, int width, int height) throws IOException {
        assertEquals(width, photo.width());
        assertEquals(height, photo.height());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertEquals(width, stored.getWidth());
        assertEquals(height, stored.getHeight());
    }

    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200, 180));
        g.fillOval(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), format);
        return out.toByteArray();
    }
}
