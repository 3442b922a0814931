import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { GoalCode } from '@mentorbro/core/catalogue';
import type { Introduction, MatchRequest } from '@mentorbro/core/requests';

/** A member a journey sets up through the API: who she is and the profile she sends. */
export interface JourneyMember {
  name: string;
  email: string;
  profile: MentorProfileInput | MenteeProfileInput;
}

/**
 * The API as the SPA calls it, for a journey's setup: members register and send their
 * profiles, and the coordinator approves them, so the browser part starts where it matters.
 */
export function journeyApi(baseUrl: string, password: string) {
  async function api<T>(
    path: string,
    options: { method?: string; body?: unknown; token?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${text}`);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  const login = (email: string, userPassword = password) =>
    api<{ accessToken: string; user: { id: string } }>('/api/auth/login', {
      method: 'POST',
      body: { email, password: userPassword },
    });

  /** Signs her up as the register page does, sends her profile, and returns her id. */
  async function member(role: 'mentor' | 'mentee', who: JourneyMember): Promise<string> {
    await api('/api/auth/register', {
      method: 'POST',
      body: {
        email: who.email,
        password,
        name: who.name,
        role,
        locale: 'da',
        acceptedTerms: true,
        declaresWoman: true,
      },
    });
    const session = await login(who.email);
    await api('/api/me/profile', { method: 'PUT', body: who.profile, token: session.accessToken });
    return session.user.id;
  }

  /** The coordinator approves their profiles, as she would in her queue. */
  async function approve(coordinator: { email: string; password: string }, ids: string[]) {
    const { accessToken } = await login(coordinator.email, coordinator.password);
    const queue = await api<{ userId: string; submittedAt: string }[]>(
      '/api/admin/profiles?status=pending',
      { token: accessToken },
    );
    for (const id of ids) {
      const item = queue.find((entry) => entry.userId === id);
      if (!item) throw new Error(`No profile of ${id} waits for approval.`);
      await api(`/api/admin/profiles/${id}/approve`, {
        method: 'POST',
        body: { submittedAt: item.submittedAt },
        token: accessToken,
      });
    }
  }

  /**
   * She asks the mentor, the mentor says yes, and both confirm they have met: a running
   * mentorship, made the way the pages make it. Returns both sessions and its id.
   */
  async function startMentorship(
    menteeEmail: string,
    mentor: { email: string; id: string },
    ask: { message: string; goals: GoalCode[] },
  ) {
    const her = (await login(menteeEmail)).accessToken;
    const theirs = (await login(mentor.email)).accessToken;
    const request = await api<MatchRequest>('/api/requests', {
      method: 'POST',
      token: her,
      body: { mentorId: mentor.id, ...ask, contact: { email: true } },
    });
    const accepted = await api<MatchRequest>(`/api/requests/${request.id}/accept`, {
      method: 'POST',
      token: theirs,
      body: { contact: { email: true } },
    });
    const introduction = `/api/introductions/${accepted.introductionId ?? ''}/confirm`;
    await api(introduction, { method: 'POST', token: her });
    const started = await api<Introduction>(introduction, { method: 'POST', token: theirs });
    return { her, theirs, mentorshipId: started.mentorshipId ?? '' };
  }

  return { api, login, member, approve, startMentorship };
}
