import type { AdminUser, AuditEntry, ModerationItem, Report } from '@mentorbro/core/admin';
import type { ErrorCode } from '@mentorbro/core/error-codes';
import type { AdminMentorshipQuery, Mentorship } from '@mentorbro/core/mentorship';
import type { ProfileStatus } from '@mentorbro/core/profile';
import type { ProgrammeRules } from '@mentorbro/core/programme';
import type { Introduction } from '@mentorbro/core/requests';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { adminApi } from './admin.api';

/**
 * 'stale': someone else (another coordinator, another tab) already did it. The list has been
 * read again, so what she sees is true now; nothing went wrong and nothing needs retrying.
 */
/** Done; someone else had already done it; or she changed her profile while it was read. */
export type Outcome = 'done' | 'stale' | 'changed';

/** How many log entries one "show older" brings. */
export const AUDIT_PAGE_SIZE = 50;

async function unlessStale(
  action: () => Promise<void>,
  staleCode: ErrorCode,
  refresh: () => Promise<unknown>,
): Promise<Outcome> {
  try {
    await action();
    return 'done';
  } catch (error) {
    const changed = error instanceof ApiError && error.code === 'profile_changed';
    if (!changed && !(error instanceof ApiError && error.code === staleCode)) throw error;
    await refresh();
    return changed ? 'changed' : 'stale';
  }
}

/** Keeps only the answer to the latest call: a slow old search must not overwrite a new one. */
function latestOnly() {
  let counter = 0;
  return async <T>(load: () => Promise<T>, apply: (value: T) => void): Promise<void> => {
    const mine = ++counter;
    const value = await load();
    if (mine === counter) apply(value);
  };
}

function replaceById<T extends { id: string }>(list: T[], item: T): T[] {
  return list.map((existing) => (existing.id === item.id ? item : existing));
}

/** The coordinators' area: the moderation queue, users, reports, the log and the rules. */
export const useAdminStore = defineStore('admin', () => {
  // The last thing she did, said in words; the layout shows it in a live region.
  const notice = shallowRef<{ id: number; text: string } | null>(null);
  let noticeId = 0;
  function announce(text: string) {
    notice.value = { id: ++noticeId, text };
  }
  function dismissNotice() {
    notice.value = null;
  }

  // Moderation queue
  const queue = ref<ModerationItem[]>([]);
  const queueStatus = ref<ProfileStatus>('pending');
  const queueLoads = latestOnly();
  async function loadQueue(status: ProfileStatus = queueStatus.value): Promise<void> {
    queueStatus.value = status;
    await queueLoads(
      () => adminApi.profiles(status),
      (items) => (queue.value = items),
    );
  }
  const dropFromQueue = (userId: string) => {
    queue.value = queue.value.filter((item) => item.userId !== userId);
  };
  // The version she read goes with her decision, so words she has not seen are never approved.
  const approve = ({ userId, submittedAt }: ModerationItem) =>
    unlessStale(
      async () => {
        await adminApi.approve(userId, { submittedAt });
        dropFromQueue(userId);
      },
      'nothing_to_review',
      () => loadQueue(),
    );
  const reject = ({ userId, submittedAt }: ModerationItem, reason: string) =>
    unlessStale(
      async () => {
        await adminApi.reject(userId, { reason, submittedAt });
        dropFromQueue(userId);
      },
      'nothing_to_review',
      () => loadQueue(),
    );

  // Users
  const users = ref<AdminUser[]>([]);
  const userQuery = ref('');
  const userLoads = latestOnly();
  async function searchUsers(q: string = userQuery.value): Promise<void> {
    userQuery.value = q;
    await userLoads(
      () => adminApi.users(q),
      (found) => (users.value = found),
    );
  }
  const suspend = (userId: string, reason: string) =>
    unlessStale(
      async () => {
        users.value = replaceById(users.value, await adminApi.suspend(userId, { reason }));
      },
      'already_suspended',
      () => searchUsers(),
    );
  const reinstate = (userId: string) =>
    unlessStale(
      async () => {
        users.value = replaceById(users.value, await adminApi.reinstate(userId));
      },
      'not_suspended',
      () => searchUsers(),
    );

  // Reports
  const reports = ref<Report[]>([]);
  const reportsOpen = ref(true);
  const reportLoads = latestOnly();
  async function loadReports(open: boolean = reportsOpen.value): Promise<void> {
    reportsOpen.value = open;
    await reportLoads(
      () => adminApi.reports(open),
      (found) => (reports.value = found),
    );
  }
  const resolveReport = (reportId: string, reason: string) =>
    unlessStale(
      async () => {
        const resolved = await adminApi.resolveReport(reportId, { reason });
        reports.value = reportsOpen.value
          ? reports.value.filter((report) => report.id !== reportId)
          : replaceById(reports.value, resolved);
      },
      'report_resolved',
      () => loadReports(),
    );

  // Mentorships: the running ones by default, the quiet ones when she follows up
  const mentorships = ref<Mentorship[]>([]);
  const mentorshipFilter = ref<AdminMentorshipQuery>({ status: 'active' });
  const mentorshipLoads = latestOnly();
  async function loadMentorships(
    filter: AdminMentorshipQuery = mentorshipFilter.value,
  ): Promise<void> {
    mentorshipFilter.value = filter;
    await mentorshipLoads(
      () => adminApi.mentorships(filter),
      (found) => (mentorships.value = found),
    );
  }

  // Introductions that ended without a mentorship: one said "not a match", or nobody answered
  // in time. A coordinator may want to call the two; the newest first.
  const introductionFollowUps = ref<Introduction[]>([]);
  async function loadIntroductionFollowUps(): Promise<void> {
    const all = await adminApi.introductions();
    introductionFollowUps.value = all
      .filter((intro) => intro.status === 'declined' || intro.status === 'lapsed')
      .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
  }

  // Audit log, newest first, a page at a time
  const audit = ref<AuditEntry[]>([]);
  const auditNextBefore = ref<number | null>(null);
  async function loadAudit(): Promise<void> {
    const page = await adminApi.audit({ limit: AUDIT_PAGE_SIZE });
    audit.value = page.entries;
    auditNextBefore.value = page.nextBefore;
  }
  /** Adds the next older page; resolves to how many entries it brought. */
  async function loadOlderAudit(): Promise<number> {
    if (auditNextBefore.value === null) return 0;
    const page = await adminApi.audit({ before: auditNextBefore.value, limit: AUDIT_PAGE_SIZE });
    const known = new Set(audit.value.map((entry) => entry.id));
    const fresh = page.entries.filter((entry) => !known.has(entry.id));
    audit.value = [...audit.value, ...fresh];
    auditNextBefore.value = page.nextBefore;
    return fresh.length;
  }

  // Programme rules
  const programme = ref<ProgrammeRules | null>(null);
  async function loadProgramme(): Promise<void> {
    programme.value = await adminApi.programme();
  }
  async function saveProgramme(rules: ProgrammeRules): Promise<ProgrammeRules> {
    programme.value = await adminApi.saveProgramme(rules);
    return programme.value;
  }

  // Names, emails and reports must not outlive the coordinator's session on a shared computer.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id === before) return;
      notice.value = null;
      queue.value = [];
      users.value = [];
      userQuery.value = '';
      reports.value = [];
      mentorships.value = [];
      introductionFollowUps.value = [];
      audit.value = [];
      auditNextBefore.value = null;
      programme.value = null;
    },
  );

  return {
    notice,
    announce,
    dismissNotice,
    queue,
    queueStatus,
    loadQueue,
    approve,
    reject,
    users,
    userQuery,
    searchUsers,
    suspend,
    reinstate,
    reports,
    reportsOpen,
    loadReports,
    resolveReport,
    mentorships,
    mentorshipFilter,
    loadMentorships,
    introductionFollowUps,
    loadIntroductionFollowUps,
    audit,
    auditNextBefore,
    loadAudit,
    loadOlderAudit,
    programme,
    loadProgramme,
    saveProgramme,
  };
});

export type AdminStore = ReturnType<typeof useAdminStore>;
