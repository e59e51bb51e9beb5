package it.callcenter.messaging;

import java.util.List;

/**
 * The segments a campaign's SMS add up to, from what all of them share ({@link MessageTexts#smsFixedText}) and the
 * recipients grouped by what their values add ({@link RecipientSql#preview}): so a campaign of a million is counted
 * exactly without a name leaving the database. A message is GSM when its fixed text and its values are; an extension
 * character counts two septets.
 */
record SegmentCount(long messages, long segments) {

    /** Recipients whose placeholders add {@code length} characters, {@code extension} of them extension characters. */
    record LengthGroup(long length, long extension, boolean gsm, long count) {
    }

    static SegmentCount of(String fixedText, List<LengthGroup> groups) {
        boolean fixedGsm = SmsText.isGsm(fixedText);
        long septets = fixedGsm ? SmsText.septets(fixedText) : 0;
        long messages = 0;
        long segments = 0;
        for (LengthGroup group : groups) {
            long each = fixedGsm && group.gsm()
                    ? SmsText.gsmSegments(Math.toIntExact(septets + group.length() + group.extension()))
                    : SmsText.ucs2Segments(Math.toIntExact(fixedText.length() + group.length()));
            messages += group.count();
            segments += each * group.count();
        }
        return new SegmentCount(messages, segments);
    }
}
