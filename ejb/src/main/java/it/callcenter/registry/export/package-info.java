/**
 * The file formats of the archive export: adapters of {@link it.callcenter.registry.PartyRowWriter}, the only
 * code that knows Commons CSV and fastexcel. Each streams rows straight to the output and passes every text cell
 * through {@link it.callcenter.registry.FormulaGuard}.
 */
package it.callcenter.registry.export;
