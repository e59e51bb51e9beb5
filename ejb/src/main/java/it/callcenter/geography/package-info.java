/**
 * The Italian comuni (ISTAT list shipped with the application and loaded by a migration): reference data
 * the other areas read through {@link it.callcenter.geography.GeographyService}. Names are compared
 * normalised by {@link it.callcenter.geography.SearchText}, the same code for the stored column and the query.
 */
package it.callcenter.geography;
