/**
 * The JSON API of API.md over the same services as the screens. Errors are
 * {@code {"errors":[{"field","code","message"}]}}, the message in the caller's language
 * (Accept-Language; Italian by default).
 */
package it.callcenter.web.api;
