import type { NamedPerson } from '@mentorbro/core/admin';

/**
 * Someone as the coordinators' views (the audit log, reports) name her. An erased account keeps
 * its row under a placeholder name that is nobody's, so coordinators read `deleted: true` and no
 * name instead; a `null` name (no row at all, in a log that outlives accounts) reads the same.
 */
export const toNamedPerson = (
  id: string,
  name: string | null,
  deletedAt: Date | null,
): NamedPerson => (deletedAt || name === null ? { id, name: '', deleted: true } : { id, name });
