package it.callcenter.server;

/** Where the application's PostgreSQL is, as the datasource sees it. */
public record DatabaseSettings(String url, String user, String password) {
}
