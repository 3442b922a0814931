import { and, asc, desc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { matchRequests, reports, users } from '../../db/schema';

export type ReportRow = typeof reports.$inferSelect;

export async function insertReport(db: Executor, report: typeof reports.$inferInsert) {
  const [row] = await db.insert(reports).values(report).returning({ id: reports.id });
  if (!row) throw new Error('A report insert returned nothing');
  return row;
}

/** Whether a mentee ever asked this mentor, whichever of the two is asking. */
export async function haveRequestBetween(db: Executor, a: string, b: string): Promise<boolean> {
  const [row] = await db
    .select({ id: matchRequests.id })
    .from(matchRequests)
    .where(
      or(
        and(eq(matchRequests.menteeId, a), eq(matchRequests.mentorId, b)),
        and(eq(matchRequests.menteeId, b), eq(matchRequests.mentorId, a)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

const reporter = alias(users, 'reporter');
const subject = alias(users, 'subject');

const REPORTS_LIMIT = 200;

/** Open reports oldest first (a queue); handled ones most recently handled first (a record). */
export async function listReports(
  db: Executor,
  programmeId: string,
  options: { open?: boolean; id?: string } = {},
) {
  return db
    .select({
      report: reports,
      reporter: {
        id: reporter.id,
        name: reporter.name,
        role: reporter.role,
        deletedAt: reporter.deletedAt,
      },
      subject: {
        id: subject.id,
        name: subject.name,
        role: subject.role,
        deletedAt: subject.deletedAt,
      },
    })
    .from(reports)
    .innerJoin(reporter, eq(reporter.id, reports.reporterId))
    .innerJoin(subject, eq(subject.id, reports.subjectId))
    .where(
      and(
        eq(reports.programmeId, programmeId),
        options.id === undefined ? undefined : eq(reports.id, options.id),
        options.open === undefined
          ? undefined
          : options.open
            ? isNull(reports.resolvedAt)
            : isNotNull(reports.resolvedAt),
      ),
    )
    .orderBy(options.open === false ? desc(reports.resolvedAt) : asc(reports.createdAt))
    .limit(REPORTS_LIMIT);
}

export async function findReportForUpdate(db: Executor, id: string, programmeId: string) {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.id, id), eq(reports.programmeId, programmeId)))
    .for('update');
  return row;
}

export async function resolveReport(
  db: Executor,
  id: string,
  resolution: { at: Date; by: string; text: string },
) {
  await db
    .update(reports)
    .set({ resolvedAt: resolution.at, resolvedBy: resolution.by, resolution: resolution.text })
    .where(eq(reports.id, id));
}
