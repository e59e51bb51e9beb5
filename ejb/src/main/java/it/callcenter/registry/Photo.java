package it.callcenter.registry;

/** A party's photo as stored: already scaled to fit 200×300, JPEG or PNG. */
public record Photo(byte[] bytes, String contentType, int width, int height) {

    public Photo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
