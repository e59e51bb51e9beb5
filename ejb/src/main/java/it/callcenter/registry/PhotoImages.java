package it.callcenter.registry;

import it.callcenter.BusinessException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns uploaded bytes into the photo the registry keeps. At most 1 MB comes in; JPEG or PNG is told by the first
 * bytes, never by the declared type, and decoded by that format's own reader; the image is scaled to fit 200×300
 * (never enlarged) and encoded again in its format, which also drops the metadata the file carried (GPS, camera).
 * A small file may claim huge dimensions (a 243 KB PNG can say 250,000,000×1 pixels, and its decoder would
 * fill the heap): the size is read from the header first and an image over {@value #MAX_SIDE} pixels a side or
 * {@value #MAX_PIXELS} pixels in all is refused before a pixel is decoded; what passes is decoded subsampled,
 * so memory stays bounded.
 */
public final class PhotoImages {

    public static final int MAX_BYTES = 1_048_576;
    public static final int MAX_WIDTH = 200;
    public static final int MAX_HEIGHT = 300;
    /** The most pixels a side and in all an upload may have (a 40 MP camera's photo passes, a decompression bomb not). */
    public static final int MAX_SIDE = 10_000;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final float JPEG_QUALITY = 0.88f;

    record Size(int width, int height) {
    }

    private PhotoImages() {
    }

    public static Photo prepare(byte[] bytes) {
        if (bytes != null && bytes.length > MAX_BYTES) {
            throw new BusinessException("photo", "PHOTO_TOO_LARGE", MAX_BYTES / 1_048_576);
        }
        String type = detect(bytes).orElseThrow(PhotoImages::notAnImage);
        BufferedImage image = decodeToFit(bytes, type);
        return new Photo(encode(image, type), type, image.getWidth(), image.getHeight());
    }

    static Optional<String> detect(byte[] bytes) {
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(bytes, PNG_MAGIC) ? Optional.of(PNG) : Optional.empty();
    }

    /** The largest size with the image's proportions that fits 200×300, or the image's own size if it fits. */
    static Size fit(int width, int height) {
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / width, (double) MAX_HEIGHT / height));
        return new Size(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** Reading every n-th pixel still leaves at least twice the target size for a smooth final scaling. */
    static int subsampling(int width, int height, Size target) {
        return Math.max(1, Math.min(width / (2 * target.width()), height / (2 * target.height())));
    }

    private static BufferedImage decodeToFit(byte[] bytes, String type) {
        ImageReader reader = ImageIO.getImageReadersByMIMEType(type).next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            Size size = header(reader);
            refuseOversized(size);
            Size target = fit(size.width(), size.height());
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(size.width(), size.height(), target);
            param.setSourceSubsampling(step, step, 0, 0);
            return scale(read(reader, param), target, type);
        } catch (IOException e) {
            throw notAnImage();
        } finally {
            reader.dispose();
        }
    }

    /** The dimensions the file declares, read from its header alone (no pixel is decoded). */
    private static Size header(ImageReader reader) {
        try {
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw notAnImage();
        }
    }

    static void refuseOversized(Size size) {
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || (long) size.width() * size.height() > MAX_PIXELS) {
            throw new BusinessException("photo", "PHOTO_TOO_LARGE_DIMENSIONS", size.width(), size.height(), MAX_SIDE,
                    MAX_PIXELS / 1_000_000);
        }
    }

    private static BufferedImage read(ImageReader reader, ImageReadParam param) {
        try {
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            // the decoders report a damaged or unsupported file (e.g. a CMYK JPEG) with assorted exceptions
            throw notAnImage();
        }
    }

    /** Halves the size step by step, then draws the exact size: cheap, and smooth enough for a 200×300 card. */
    static BufferedImage scale(BufferedImage source, Size target, String type) {
        boolean alpha = PNG.equals(type) && source.getColorModel().hasAlpha();
        BufferedImage current = source;
        do {
            int width = Math.max(target.width(), current.getWidth() / 2);
            int height = Math.max(target.height(), current.getHeight() / 2);
            current = draw(current, width, height, alpha);
        } while (current.getWidth() != target.width() || current.getHeight() != target.height());
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, String type) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(type).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (JPEG.equals(type)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes != null && bytes.length >= magic.length
                && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static BusinessException notAnImage() {
        return new BusinessException("photo", "PHOTO_NOT_AN_IMAGE");
    }
}
