/**
 * Who is calling. One Jakarta Security mechanism serves both doors: HTTP Basic for {@code /api}, a form
 * (the login screen) for everything else; both check the password against the users in the database
 * through {@link it.callcenter.web.security.DatabaseIdentityStore}. A signed-in screen user is kept in
 * the HTTP session; API calls never create one. Also what a browser may send to the screens
 * ({@link it.callcenter.web.security.ScreenRequestLimits}); the response headers and the cookies' attributes that
 * keep the screens out of other sites' frames and requests are set for every answer in
 * {@code WEB-INF/undertow-handlers.conf}.
 */
package it.callcenter.web.security;
