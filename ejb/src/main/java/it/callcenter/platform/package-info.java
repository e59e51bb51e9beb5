/**
 * What every area stands on and no area owns: the schema's migrations, run before anything uses the
 * database, the installation's mode (demo or production), and the health of the parts; and what lets several nodes
 * share one database: the one way a job is claimed, kept and taken over ({@code JobLeases}, for the imports and the
 * screens' background jobs run by {@code WorkRunner}), the background jobs at an interval ({@code JobTicker}), and
 * the signals between the nodes ({@code ClusterSignals}).
 */
package it.callcenter.platform;
