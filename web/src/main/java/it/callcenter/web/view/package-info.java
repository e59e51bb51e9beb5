/**
 * Backing beans of the screens: thin, {@code *Backing}, in packages that mirror the page folders. They call
 * one service method per action and turn business exceptions into messages in the user's language.
 */
package it.callcenter.web.view;
