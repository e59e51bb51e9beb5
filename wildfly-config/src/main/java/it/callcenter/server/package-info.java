/**
 * Starting and configuring the server, outside of it: the embedded PostgreSQL, the WildFly of the build
 * configured by the CLI scripts in {@code cli/}, the EAR deployed through the deployment scanner. The
 * run command ({@link RunCommand}), the integration tests and the production install ({@link Install})
 * all go through {@link ServerConfigurator}, so the three configure the server the same way.
 */
package it.callcenter.server;
