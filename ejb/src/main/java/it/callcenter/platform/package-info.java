/**
 * What every area stands on and no area owns: the schema's migrations, run before anything uses the
 * database, the installation's mode (demo or production), and the health of the parts.
 */
package it.callcenter.platform;
