import { setTimeout as sleep } from 'node:timers/promises';
import { Random } from '../src/demo/random';
import { type Answer, MemberHttp } from './journey-http';
import type { Member } from './journey-population';
import type { Recorder } from './journey-record';

/** What every simulated member shares. */
export interface JourneyWorld {
  origin: string;
  password: string;
  /** The simulated mentors: the ones who answer, so the ones mentees ask. */
  mentorIds: string[];
  searchPaths: string[];
  recorder: Recorder;
  /** Mean pause between two steps of one member; each pause is 0.5 to 1.5 times it. */
  thinkMs: number;
  timeoutMs: number;
  /** True once members should start no new step. */
  stopping(): boolean;
}

/** The few fields of the API's answers the members act on. */
interface Listed<T> {
  items?: T[];
}
export interface RequestItem {
  id: string;
  status: string;
  mentee: { id: string };
  introductionId: string | null;
}
export interface IntroductionItem {
  id: string;
  status: string;
  myAnswer: string | null;
  mentorshipId: string | null;
}
export interface MentorshipItem {
  id: string;
  status: string;
}

export const ok = (answer: Answer) => answer.status >= 200 && answer.status < 300;
export const itemsOf = <T>(answer: Answer): T[] =>
  ok(answer) ? ((answer.body as Listed<T>).items ?? []) : [];
export const idOf = (answer: Answer): string | null => {
  const id = (answer.body as { id?: unknown } | null)?.id;
  return ok(answer) && typeof id === 'string' ? id : null;
};
/** A mentorship read as no longer active (null: the read failed, so nothing is known). */
export const ended = (status: string | null) => status !== null && status !== 'active';
/** The day as the API counts it (UTC): a meeting is logged on a day up to today. */
const today = () => new Date().toISOString().slice(0, 10);

const LOG_NOTES = 'Vi gennemgik hendes CV og øvede en jobsamtale. Næste gang: ansøgningen.';
const TOPICS = ['cv', 'job_search', 'interview_practice', 'danish_practice', 'network'] as const;
export abstract class SimulatedMember {
  protected readonly http: MemberHttp;
  protected readonly random: Random;
  private refreshToken: string | null = null;

  constructor(
    protected readonly world: JourneyWorld,
    protected readonly member: Member,
    seed: number,
  ) {
    this.http = new MemberHttp(world.origin, world.recorder, world.timeoutMs);
    this.random = new Random(seed);
  }

  /** Logs in, then takes steps with a pause between them until the run stops. */
  async run(startAfterMs: number): Promise<void> {
    await sleep(startAfterMs);
    while (!this.world.stopping()) {
      if (this.http.accessToken) await this.step();
      else await this.login();
      await sleep(this.world.thinkMs * (0.5 + this.random.next()));
    }
  }

  protected abstract step(): Promise<void>;

  protected created() {
    return this.world.recorder.created;
  }

  /** Every call goes through here: a 401 (a restarted API with a new secret) means log in again. */
  protected async call(...args: Parameters<MemberHttp['call']>): Promise<Answer> {
    const answer = await this.http.call(...args);
    if (answer.status === 401) this.http.accessToken = null;
    return answer;
  }

  private async login(): Promise<void> {
    const answer = await this.http.call('auth', 'POST', '/api/auth/login', '/api/auth/login', {
      email: this.member.email,
      password: this.world.password,
    });
    this.takeSession(answer);
  }

  /** As the SPA does before its access token runs out; the token goes in the body. */
  protected async refresh(): Promise<void> {
    if (!this.refreshToken) return;
    const answer = await this.call('auth', 'POST', '/api/auth/refresh', '/api/auth/refresh', {
      refreshToken: this.refreshToken,
    });
    this.takeSession(answer);
  }

  private takeSession(answer: Answer): void {
    if (!ok(answer)) return;
    const session = answer.body as { accessToken?: string; refreshToken?: string };
    if (session.accessToken) this.http.accessToken = session.accessToken;
    if (session.refreshToken) this.refreshToken = session.refreshToken;
  }

  /** The bell on every page, her account, her notifications: what any page load reads. */
  protected async common(action: 'bell' | 'me' | 'notifications' | 'readAll'): Promise<void> {
    if (action === 'bell') {
      await this.call(
        'read',
        'GET',
        '/api/notifications/unread-count',
        '/api/notifications/unread-count',
      );
    } else if (action === 'me') {
      await this.call('read', 'GET', '/api/me', '/api/me');
    } else if (action === 'notifications') {
      await this.call('read', 'GET', '/api/notifications', '/api/notifications');
    } else {
      await this.call(
        'write',
        'POST',
        '/api/notifications/read-all',
        '/api/notifications/read-all',
      );
    }
  }

  /** A mentorship page: the mentorship and its meeting logs. */
  protected async readMentorship(id: string): Promise<string | null> {
    const answer = await this.call('read', 'GET', '/api/mentorships/:id', `/api/mentorships/${id}`);
    await this.call('read', 'GET', '/api/mentorships/:id/logs', `/api/mentorships/${id}/logs`);
    return ok(answer) ? (answer.body as MentorshipItem).status : null;
  }

  /** Logs a meeting; false when the mentorship has ended meanwhile. */
  protected async logMeeting(id: string): Promise<boolean> {
    const answer = await this.call(
      'write',
      'POST',
      '/api/mentorships/:id/logs',
      `/api/mentorships/${id}/logs`,
      {
        date: today(),
        minutes: this.random.pick([30, 45, 60, 90]),
        topics: this.random.sample(TOPICS, this.random.int(1, 2)),
        notes: LOG_NOTES,
      },
    );
    const logId = idOf(answer);
    if (logId) this.created().logs.push(logId);
    return answer.status !== 409;
  }

  /** Both answers of an introduction may carry the mentorship the second one made. */
  protected async confirm(introductionId: string): Promise<Answer> {
    const answer = await this.call(
      'write',
      'POST',
      '/api/introductions/:id/confirm',
      `/api/introductions/${introductionId}/confirm`,
    );
    const mentorshipId = ok(answer) ? (answer.body as IntroductionItem).mentorshipId : null;
    if (mentorshipId) this.created().mentorships.add(mentorshipId);
    return answer;
  }
}
