import type { OwnProfile } from '@mentorbro/core/profile-view';

/** What the status banner tells her, most important first. */
export type ProfileNotice =
  /** Never sent: a call to fill in her profile. */
  | { kind: 'not-sent' }
  /** Sent, waiting for a coordinator. Nobody else sees it yet. */
  | { kind: 'pending' }
  /** A coordinator said no to the whole profile: her reason, and "fix it and send again". */
  | { kind: 'rejected'; reason: string | null }
  /** Approved: a mentor is visible, a mentee can ask mentors. */
  | { kind: 'approved' }
  /** An approved mentor who paused: visible, but no new requests. */
  | { kind: 'paused' }
  /** An approved mentor's new words wait for a coordinator; the approved ones stay visible. */
  | { kind: 'changes-pending' }
  /** Her last change was not approved; the approved profile stays visible. */
  | { kind: 'change-rejected'; reason: string };

/** The notices for her profile's state, in the order the banner shows them. */
export function profileNotices(own: OwnProfile): ProfileNotice[] {
  if (own.status === null || own.profile === null) return [{ kind: 'not-sent' }];
  if (own.status === 'pending') return [{ kind: 'pending' }];
  if (own.status === 'rejected') return [{ kind: 'rejected', reason: own.rejectionReason }];

  const paused = own.role === 'mentor' && own.profile.paused;
  const notices: ProfileNotice[] = [{ kind: paused ? 'paused' : 'approved' }];
  if (own.role === 'mentor' && own.pendingChanges !== null) {
    notices.push({ kind: 'changes-pending' });
  } else if (own.rejectionReason) {
    notices.push({ kind: 'change-rejected', reason: own.rejectionReason });
  }
  return notices;
}

/** Notices that ask her to act link to the editor; the i18n key names the action. */
const ACTIONS: Partial<Record<ProfileNotice['kind'], string>> = {
  'not-sent': 'profile.status.fillIn',
  rejected: 'profile.status.fixAndSend',
  'change-rejected': 'profile.status.fixAndSend',
  paused: 'profile.status.editProfile',
};

/** The one thing the banner asks her to do (the text of its button), if anything. */
export function noticeAction(notices: readonly ProfileNotice[]): string | undefined {
  return notices.map((notice) => ACTIONS[notice.kind]).find((key) => key !== undefined);
}
