/**
 * Imports of parties from CSV files. The upload is stored on disk first ({@link it.callcenter.importing.ImportFiles}),
 * then a job row is queued; {@link it.callcenter.importing.ImportRunner} reads the file in the background and hands
 * chunks of records to {@link it.callcenter.importing.ImportChunk}, which validates them with the registry's
 * {@code PartyValidator}, saves them through {@code PartyService} and advances the job's position in the same
 * transaction: a crash loses at most the chunk in flight, which is read again after the restart.
 * Commons CSV stays behind {@link it.callcenter.importing.CsvPort}; other areas call only {@link it.callcenter.importing.ImportService}.
 */
package it.callcenter.importing;
