import {
  ended,
  idOf,
  type IntroductionItem,
  itemsOf,
  type MentorshipItem,
  ok,
  type RequestItem,
  SimulatedMember,
} from './journey-member';

const MESSAGE =
  'Hej! Jeg er uddannet i mit hjemland og vil gerne forstå, hvordan jeg kommer videre her. ' +
  'Kan du hjælpe mig med mit CV og med at finde de rigtige steder at søge?';
type MenteeAction =
  | 'bell'
  | 'me'
  | 'notifications'
  | 'readAll'
  | 'search'
  | 'recommendations'
  | 'openMentor'
  | 'requests'
  | 'ask'
  | 'introductions'
  | 'confirm'
  | 'mentorships'
  | 'mentorship'
  | 'log'
  | 'end'
  | 'refresh';

/**
 * A mentee: she searches, opens mentors, asks one who has room, waits for the answer, says
 * "let's continue" after the introduction, logs meetings, and after a few ends the mentorship
 * with an outcome and starts again.
 */
export class SimulatedMentee extends SimulatedMember {
  private readonly seen: string[] = [];
  private readonly asked = new Set<string>();
  /** Introductions she is done with (a mentorship came of it, or it closed). */
  private readonly finished = new Set<string>();
  private pending = 0;
  private introductionId: string | null = null;
  private answered = false;
  private mentorshipId: string | null = null;
  private logs = 0;

  protected async step(): Promise<void> {
    const actions: [MenteeAction, number][] = [
      ['bell', 12],
      ['me', 5],
      ['notifications', 6],
      ['readAll', 1],
      ['search', 14],
      ['recommendations', 6],
      ['requests', this.pending > 0 ? 10 : 4],
      ['mentorships', 3],
      ['refresh', 2],
    ];
    if (this.seen.length > 0) actions.push(['openMentor', 10]);
    if (!this.mentorshipId && !this.introductionId && this.pending < 3) actions.push(['ask', 6]);
    if (this.introductionId) actions.push([this.answered ? 'introductions' : 'confirm', 12]);
    if (this.mentorshipId) {
      actions.push(['mentorship', 8], ['log', 4]);
      if (this.logs >= 2) actions.push(['end', 1]);
    }
    const action = this.random.weighted(actions);
    switch (action) {
      case 'bell':
      case 'me':
      case 'notifications':
      case 'readAll':
        return this.common(action);
      case 'refresh':
        return this.refresh();
      case 'search':
        return this.search();
      case 'recommendations': {
        const answer = await this.call(
          'read',
          'GET',
          '/api/me/recommendations',
          '/api/me/recommendations?limit=10',
        );
        this.remember(itemsOf<{ id: string }>(answer));
        return;
      }
      case 'openMentor':
        await this.call(
          'read',
          'GET',
          '/api/mentors/:id',
          `/api/mentors/${this.random.pick(this.seen)}`,
        );
        return;
      case 'requests':
        return this.readRequests();
      case 'ask':
        return this.ask();
      case 'confirm':
        return this.confirmIntroduction();
      case 'introductions':
        return this.readIntroductions();
      case 'mentorships':
        return this.readMentorships();
      case 'mentorship':
        if (this.mentorshipId && ended(await this.readMentorship(this.mentorshipId))) {
          this.endedMentorship();
        }
        return;
      case 'log':
        if (!this.mentorshipId) return;
        if (await this.logMeeting(this.mentorshipId)) this.logs++;
        else this.endedMentorship();
        return;
      case 'end':
        return this.end();
    }
  }

  private remember(mentors: { id: string }[]): void {
    for (const mentor of mentors.slice(0, 5)) this.seen.push(mentor.id);
    this.seen.splice(0, Math.max(0, this.seen.length - 40));
  }

  private async search(): Promise<void> {
    const answer = await this.call(
      'read',
      'GET',
      '/api/mentors',
      this.random.pick(this.world.searchPaths),
    );
    this.remember(itemsOf<{ id: string }>(answer));
  }

  /** She opens a mentor's page first and asks only if the page says she takes requests. */
  private async ask(): Promise<void> {
    const candidates = this.world.mentorIds.filter((id) => !this.asked.has(id));
    if (candidates.length === 0) return this.search();
    const mentorId = this.random.pick(candidates);
    const page = await this.call('read', 'GET', '/api/mentors/:id', `/api/mentors/${mentorId}`);
    if (!ok(page)) return;
    if (!(page.body as { acceptingRequests?: boolean }).acceptingRequests) return;
    const answer = await this.call('write', 'POST', '/api/requests', '/api/requests', {
      mentorId,
      message: MESSAGE,
      goals: this.random.sample(
        this.member.goals,
        this.random.int(1, Math.min(2, this.member.goals.length)),
      ),
      contact: { email: true },
    });
    const requestId = idOf(answer);
    if (requestId) {
      this.created().requests.push(requestId);
      this.pending++;
    }
    // Asked, or refused for a reason that will not change soon: she asks someone else.
    if (requestId || answer.status === 409) this.asked.add(mentorId);
    // "She is getting to know a mentor": her own list will tell her whom.
    if (answer.status === 409) await this.readRequests();
  }

  private async readRequests(): Promise<void> {
    const answer = await this.call('read', 'GET', '/api/requests', '/api/requests');
    if (!ok(answer)) return;
    const items = itemsOf<RequestItem>(answer);
    this.pending = items.filter((item) => item.status === 'pending').length;
    const accepted = items.find(
      (item) =>
        item.status === 'accepted' &&
        item.introductionId !== null &&
        !this.finished.has(item.introductionId),
    );
    if (
      accepted?.introductionId &&
      !this.mentorshipId &&
      this.introductionId !== accepted.introductionId
    ) {
      this.introductionId = accepted.introductionId;
      this.answered = false;
    }
  }

  private async confirmIntroduction(): Promise<void> {
    if (!this.introductionId) return;
    const answer = await this.confirm(this.introductionId);
    this.answered = true;
    const mentorshipId = ok(answer) ? (answer.body as IntroductionItem).mentorshipId : null;
    if (mentorshipId) this.startedMentorship(mentorshipId);
  }

  private async readIntroductions(): Promise<void> {
    const answer = await this.call('read', 'GET', '/api/introductions', '/api/introductions');
    const mine = itemsOf<IntroductionItem>(answer).find((item) => item.id === this.introductionId);
    if (!mine) return;
    if (mine.mentorshipId) this.startedMentorship(mine.mentorshipId);
    else if (mine.status !== 'open') {
      this.finished.add(mine.id);
      this.introductionId = null;
    } else this.answered = mine.myAnswer !== null;
  }

  private async readMentorships(): Promise<void> {
    const answer = await this.call('read', 'GET', '/api/mentorships', '/api/mentorships');
    const active = itemsOf<MentorshipItem>(answer).find((item) => item.status === 'active');
    if (active && !this.mentorshipId) this.startedMentorship(active.id);
  }

  private startedMentorship(id: string): void {
    if (this.introductionId) this.finished.add(this.introductionId);
    this.introductionId = null;
    this.mentorshipId = id;
    this.logs = 0;
  }

  private endedMentorship(): void {
    this.mentorshipId = null;
    this.logs = 0;
  }

  /** After a few meetings: it went well, and she may look for a new mentor for new goals. */
  private async end(): Promise<void> {
    if (!this.mentorshipId) return;
    const id = this.mentorshipId;
    const answer = await this.call(
      'write',
      'POST',
      '/api/mentorships/:id/end',
      `/api/mentorships/${id}/end`,
      {
        outcome: this.random.pick(['job', 'education', 'internship', 'closer_to_labour_market']),
      },
    );
    if (ok(answer)) this.created().ended.push(id);
    if (ok(answer) || answer.status === 409) this.endedMentorship();
  }
}
