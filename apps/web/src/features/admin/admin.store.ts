import type { AdminUser, AuditEntry, ModerationItem, Report } from '@mentorbro/core/admin';
import type { AdminMentorshipQuery, Mentorship } from '@mentorbro/core/mentorship';
import type {
  OutboxEmail,
  OutboxPage,
  SuggestMentorsBody,
  WaitingMentee,
} from '@mentorbro/core/notifications';
import type { ProfileStatus } from '@mentorbro/core/profile';
import type { ProgrammeRules } from '@mentorbro/core/programme';
import type { Introduction } from '@mentorbro/core/requests';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { adminApi } from './admin.api';
import { latestOnly, replaceById, unlessStale } from './admin-store-helpers';

export type { Outcome } from './admin-store-helpers';

/** How many log entries one "show older" brings. */
export const AUDIT_PAGE_SIZE = 50;

/** The emails a coordinator looks at: those that failed for good, or those still waiting. */
export type OutboxListStatus = 'dead' | 'pending';

/**
 * The coordinators' area: the moderation queue, users, reports, mentorships, the waiting list,
 * the emails, the log and the rules.
 */
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
  // An erased member leaves the list at once; 404: she was erased already, the list is read again.
  const erase = (userId: string, reason: string) =>
    unlessStale(
      async () => {
        await adminApi.erase(userId, { reason });
        users.value = users.value.filter((user) => user.id !== userId);
      },
      'not_found',
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

  // The waiting list: mentees approved more than `waitingDays` ago and still without a mentor.
  const waiting = ref<WaitingMentee[]>([]);
  const waitingDays = ref<number | null>(null);
  async function loadWaiting(): Promise<void> {
    const list = await adminApi.waiting();
    waiting.value = list.items;
    waitingDays.value = list.days;
  }
  // 404: she is no longer waiting (she found a mentor, or left); the list is read again.
  const suggestMentors = (menteeId: string, body: SuggestMentorsBody) =>
    unlessStale(() => adminApi.suggestMentors(menteeId, body), 'not_found', loadWaiting);

  // Emails: the dead ones by default (every attempt failed), or those still waiting to go.
  const outbox = ref<OutboxEmail[]>([]);
  const outboxCounts = ref<OutboxPage['counts'] | null>(null);
  const outboxStatus = ref<OutboxListStatus>('dead');
  const outboxLoads = latestOnly();
  async function loadOutbox(status: OutboxListStatus = outboxStatus.value): Promise<void> {
    outboxStatus.value = status;
    await outboxLoads(
      () => adminApi.outbox(status),
      (page) => {
        outbox.value = page.items;
        outboxCounts.value = page.counts;
      },
    );
  }
  // A dead email sent again waits in line once more: it leaves the dead list at once.
  // 409: it is no longer dead (another coordinator sent it again); the list is read again.
  const retryEmail = (emailId: number) =>
    unlessStale(
      async () => {
        await adminApi.retryEmail(emailId);
        if (outboxStatus.value !== 'dead') return;
        outbox.value = outbox.value.filter((email) => email.id !== emailId);
        const counts = outboxCounts.value;
        if (counts) {
          outboxCounts.value = { ...counts, dead: counts.dead - 1, pending: counts.pending + 1 };
        }
      },
      'invalid_transition',
      () => loadOutbox(),
    );

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
  /** For pages that only show a rule (the quiet days): read once, kept fresh by saving. */
  async function ensureProgramme(): Promise<void> {
    if (programme.value === null) await loadProgramme();
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
      waiting.value = [];
      waitingDays.value = null;
      outbox.value = [];
      outboxCounts.value = null;
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
    erase,
    reports,
    reportsOpen,
    loadReports,
    resolveReport,
    mentorships,
    mentorshipFilter,
    loadMentorships,
    introductionFollowUps,
    loadIntroductionFollowUps,
    waiting,
    waitingDays,
    loadWaiting,
    suggestMentors,
    outbox,
    outboxCounts,
    outboxStatus,
    loadOutbox,
    retryEmail,
    audit,
    auditNextBefore,
    loadAudit,
    loadOlderAudit,
    programme,
    loadProgramme,
    ensureProgramme,
    saveProgramme,
  };
});

export type AdminStore = ReturnType<typeof useAdminStore>;
