/** Who changed what and when, for every area; the entries outlive what they describe. */
package it.callcenter.audit;
