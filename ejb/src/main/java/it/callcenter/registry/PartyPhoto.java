package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The stored photo of a party, keyed by the party's id. Not mapped from {@link Party}: reading a party (lists,
 * cards, searches) never reads the image; only {@link PhotoService} does.
 */
@Entity
@Table(name = "party_photo")
public class PartyPhoto {

    @Id
    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PartyPhoto() {
    }

    PartyPhoto(long partyId, Photo photo) {
        this.partyId = partyId;
        replace(photo);
    }

    void replace(Photo photo) {
        this.contentType = photo.contentType();
        this.width = photo.width();
        this.height = photo.height();
        this.image = photo.bytes();
        this.updatedAt = Instant.now();
    }

    Photo toPhoto() {
        return new Photo(image, contentType, width, height);
    }
}
