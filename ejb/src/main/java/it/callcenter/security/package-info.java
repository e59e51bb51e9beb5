/**
 * Users, their roles and their passwords. The web module's authentication mechanism asks
 * {@link it.callcenter.security.UserService#authenticate} and nothing else; passwords are stored only as
 * PBKDF2 hashes.
 */
package it.callcenter.security;
