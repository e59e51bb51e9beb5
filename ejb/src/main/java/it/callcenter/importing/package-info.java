/**
 * Imports of parties from CSV files. The upload is stored on disk first ({@link it.callcenter.importing.ImportFiles}),
 * then a job row is queued; {@link it.callcenter.importing.ImportRunner} reads the file in the background, has each
 * chunk of records mapped and validated with the registry's {@code PartyValidator} a chunk ahead
 * ({@link it.callcenter.importing.ChunksAhead}), and hands the chunks to {@link it.callcenter.importing.ImportChunk},
 * three at a time ({@link it.callcenter.importing.ChunkWriters}), which writes them through {@code PartyBatch} and
 * {@code PartyService} and advances the job's position in the same transaction, each after the chunk before: a crash
 * loses at most the chunks in flight, which are read again after the restart.
 * Commons CSV stays behind {@link it.callcenter.importing.CsvPort}; other areas call only {@link it.callcenter.importing.ImportService}.
 */
package it.callcenter.importing;
