/**
 * The agenda: what follows a call. Appointments booked for field agents (each agent's calendar, as a screen and as an
 * iCal feed), contracts, activities (tasks with a due day, for one user) and lead notes; the agenda's part of the
 * party timeline ({@link it.callcenter.agenda.AgendaTimeline}) and of the privacy export and erasure
 * ({@link it.callcenter.agenda.AgendaRecords}). The queue calls these services in the outcome's transaction; the
 * screens and the API call the same methods. Depends on the registry only (and on the campaign rows it points at).
 */
package it.callcenter.agenda;
