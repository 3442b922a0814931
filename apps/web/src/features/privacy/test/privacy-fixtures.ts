import type { PersonalData } from '@mentorbro/core/privacy';
import { amina } from '@/test/fixtures';

/** Amina's data as the export answers it: her account and settings, nothing else yet. */
export function personalData(): PersonalData {
  return {
    exportedAt: '2025-06-10T10:00:00.000Z',
    notes: [],
    account: {
      id: amina.id,
      email: amina.email,
      name: amina.name,
      role: amina.role,
      locale: amina.locale,
      programme: { id: 'f0000000-0000-4000-8000-000000000001', slug: 'kvinfo', name: 'Netværket' },
      createdAt: amina.createdAt,
      updatedAt: amina.createdAt,
      termsAcceptedAt: amina.createdAt,
      womanDeclaredAt: amina.createdAt,
      suspendedAt: null,
      emailTips: true,
      lastActiveAt: '2025-06-10T09:00:00.000Z',
      failedLogins: 0,
      lastFailedLoginAt: null,
      loginLockedUntil: null,
    },
    settings: { locale: 'da', emailTips: true },
    profile: null,
    requests: [],
    introductions: [],
    mentorships: [],
    notifications: [],
    emails: [],
    reports: [],
    surveys: [],
    coordinatorActions: [],
  };
}
