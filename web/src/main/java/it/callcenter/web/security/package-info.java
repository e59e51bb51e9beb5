/**
 * Who is calling. One Jakarta Security mechanism serves both doors: HTTP Basic for {@code /api}, a form
 * (the login screen) for everything else; both check the password against the users in the database
 * through {@link it.callcenter.web.security.DatabaseIdentityStore}. A signed-in screen user is kept in
 * the HTTP session; API calls never create one.
 */
package it.callcenter.web.security;
