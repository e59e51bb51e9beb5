/**
 * Who is calling. One Jakarta Security mechanism serves both doors: HTTP Basic for {@code /api}, a form (the login
 * screen, with its anti-CSRF token) for everything else; both sign in through the ejb module's
 * {@link it.callcenter.security.SignIns} (throttling, audit of refusals, remembered API credentials). A signed-in
 * screen user is kept in the HTTP session, and stands while the user's credential generation is unchanged; API
 * calls never create a session. Also what a browser may send to the screens
 * ({@link it.callcenter.web.security.ScreenRequestLimits}); the response headers and the cookies' attributes that
 * keep the screens out of other sites' frames and requests are set for every answer in
 * {@code WEB-INF/undertow-handlers.conf}.
 */
package it.callcenter.web.security;
