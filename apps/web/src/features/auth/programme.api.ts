import type { PublicProgramme } from '@mentorbro/core/programme';
import { request } from '@/lib/http';

/**
 * GET /api/programme: what anyone may know about a programme before signing up (women-only,
 * languages). Registration asks for it by the slug in her link; the profile editors ask for
 * the programme of the signed-in member, so the token goes along when there is one.
 */
export const programmeApi = {
  get: (slug?: string) =>
    request<PublicProgramme>(
      slug === undefined ? '/api/programme' : `/api/programme?slug=${encodeURIComponent(slug)}`,
    ),
  mine: () => request<PublicProgramme>('/api/me/programme', { auth: true }),
};
