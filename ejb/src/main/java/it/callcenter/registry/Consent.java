package it.callcenter.registry;

/** What a party may have agreed to: marketing, third parties, profiling, and each message type. */
public enum Consent {
    MARKETING, THIRD_PARTIES, PROFILING, BIRTHDAY, WELCOME, PROMOTIONS;

    /** The name API.md uses: MARKETING → marketing, THIRD_PARTIES → thirdParties. */
    public String jsonName() {
        String[] words = name().toLowerCase().split("_");
        StringBuilder json = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            json.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return json.toString();
    }
}
