import { and, desc, eq, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuditAction } from '@mentorbro/core/admin';
import type { Executor } from '../../db/client';
import { auditLog, users } from '../../db/schema';

export interface AuditRecord {
  programmeId: string;
  at: Date;
  actorId: string;
  action: AuditAction;
  subjectId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Called inside the transaction of the action it records: both happen, or neither. */
export async function recordAudit(db: Executor, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values(record);
}

const actor = alias(users, 'actor');
const subject = alias(users, 'subject');

/** Newest first; names are joined live, so an erased account shows as deleted, not wrong. */
export async function listAudit(
  db: Executor,
  programmeId: string,
  options: { before?: number; limit: number },
) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: actor.name,
      actorDeletedAt: actor.deletedAt,
      subjectId: auditLog.subjectId,
      subjectName: subject.name,
      subjectDeletedAt: subject.deletedAt,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectId))
    .where(
      and(
        eq(auditLog.programmeId, programmeId),
        options.before === undefined ? undefined : lt(auditLog.id, options.before),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
