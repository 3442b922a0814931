import type { Report } from '@mentorbro/core/admin';
import type { ReportBody } from '@mentorbro/core/report';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { toNamedPerson } from '../users/users.view';
import { isVisibleMentor } from '../profiles/mentor-profiles.repository';
import { findUserInProgramme, type UserRow } from '../users/users.repository';
import {
  findReportForUpdate,
  haveRequestBetween,
  insertReport,
  listReports,
  resolveReport as resolveReportRow,
} from './reports.repository';

const noSuchMember = () => new AppError(404, 'not_found', 'There is no such member.');

type ListedReport = Awaited<ReturnType<typeof listReports>>[number];

type Listed = ListedReport['reporter'];

/** An erased reporter or subject stays on the report, flagged, without the placeholder name. */
const named = ({ id, name, role, deletedAt }: Listed) => ({
  ...toNamedPerson(id, name, deletedAt),
  role,
});

function toReport({ report, reporter, subject }: ListedReport): Report {
  return {
    id: report.id,
    reporter: named(reporter),
    subject: named(subject),
    reason: report.reason,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    resolution: report.resolution,
  };
}

export function reportsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /**
   * She can report someone she can see (a mentor's public profile) or has dealt with (a
   * request either way). Anyone else is 404, so reports cannot probe who is a member.
   */
  async function mayReport(reporter: UserRow, subjectId: string): Promise<boolean> {
    const subject = await findUserInProgramme(db, subjectId, reporter.programmeId);
    if (!subject || subject.role === 'admin') return false;
    if (await haveRequestBetween(db, reporter.id, subjectId)) return true;
    return isVisibleMentor(db, subjectId, reporter.programmeId);
  }

  async function one(admin: UserRow, id: string): Promise<Report> {
    const [row] = await listReports(db, admin.programmeId, { id });
    if (!row) throw new AppError(404, 'not_found', 'There is no such report.');
    return toReport(row);
  }

  return {
    async report(reporter: UserRow, body: ReportBody): Promise<{ id: string }> {
      if (body.userId === reporter.id) {
        throw new AppError(400, 'cannot_report_self', 'You cannot report yourself.');
      }
      if (!(await mayReport(reporter, body.userId))) throw noSuchMember();
      return insertReport(db, {
        programmeId: reporter.programmeId,
        reporterId: reporter.id,
        subjectId: body.userId,
        reason: body.reason,
        createdAt: clock.now(),
      });
    },

    async list(admin: UserRow, open: boolean | undefined): Promise<Report[]> {
      return (await listReports(db, admin.programmeId, { open })).map(toReport);
    },

    async resolve(admin: UserRow, id: string, resolution: string): Promise<Report> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const report = await findReportForUpdate(tx, id, admin.programmeId);
        if (!report) throw new AppError(404, 'not_found', 'There is no such report.');
        if (report.resolvedAt) {
          throw new AppError(409, 'report_resolved', 'This report was already handled.');
        }
        await resolveReportRow(tx, id, { at: now, by: admin.id, text: resolution });
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'report.resolve',
          subjectId: report.subjectId,
          reason: resolution,
          details: { reportId: id },
        });
      });
      return one(admin, id);
    },
  };
}
