/**
 * Users, their roles and their passwords. The web module's authentication mechanism asks
 * {@link it.callcenter.security.SignIns#signIn} (both doors: the login screen and HTTP Basic) and, on each screen
 * request, {@link it.callcenter.security.CredentialGenerations} whether the session still stands. Passwords are
 * stored only as PBKDF2 hashes; failed sign-ins are throttled ({@link it.callcenter.security.LoginThrottle}) and
 * audited; API credentials are remembered for a minute as salted HMACs ({@link it.callcenter.security.CredentialCache}).
 */
package it.callcenter.security;
