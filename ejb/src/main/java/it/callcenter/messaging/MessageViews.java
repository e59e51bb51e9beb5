package it.callcenter.messaging;

import it.callcenter.campaign.FillCriteria;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** What the message campaigns' use cases answer (records, for the screens and the API alike). */
public final class MessageViews {

    private MessageViews() {
    }

    /** Who a campaign leaves out, each party once under the first reason: no address, do-not-call, no consent. */
    public record Excluded(long noConsent, long doNotCall, long noAddress) implements Serializable {
    }

    /** A campaign as written, and once sent who it reached and who it left out. */
    public record Campaign(long id, String name, Channel channel, Purpose purpose, Language language, String subject,
                           String template, FillCriteria criteria, MessageCampaignState state, String createdBy,
                           Instant createdAt, String sentBy, Instant sentAt, Instant doneAt, Integer recipients,
                           Excluded excluded, long version) implements Serializable {
    }

    /** Where a campaign's messages are: each counted once, in its state now ({@code queued} includes those being sent). */
    public record Progress(MessageCampaignState state, long total, long queued, long sent, long delivered, long failed) implements Serializable {

        /** Out of the queue: sent, delivered or failed, 0–100. */
        public int percentDone() {
            return total == 0 ? 100 : (int) ((sent + delivered + failed) * 100 / total);
        }
    }

    /** A page's row: the campaign and its progress. */
    public record Summary(long id, String name, Channel channel, Purpose purpose, Instant createdAt, String createdBy,
                          Instant sentAt, Progress progress) implements Serializable {
    }

    /**
     * Who a send would reach now and what it would cost: {@code count} messages, {@code segments} the SMS segments they
     * add up to (0 for e-mail), {@code cost} segments at the segment price (euro).
     */
    public record Preview(long count, long segments, Excluded excluded, BigDecimal pricePerSegment, BigDecimal cost) implements Serializable {
    }

    /** The template on one real party: what that party would receive, and for an SMS its encoding and segments. */
    public record Sample(long partyId, String partyName, String address, String subject, String body,
                         SmsText.Encoding encoding, int characters, int segments) implements Serializable {
    }
}
