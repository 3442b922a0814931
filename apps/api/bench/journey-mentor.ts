import {
  ended,
  type IntroductionItem,
  itemsOf,
  type MentorshipItem,
  ok,
  type RequestItem,
  SimulatedMember,
} from './journey-member';

type MentorAction =
  | 'bell'
  | 'me'
  | 'notifications'
  | 'readAll'
  | 'profile'
  | 'pending'
  | 'answer'
  | 'introductions'
  | 'confirm'
  | 'mentorships'
  | 'mentorship'
  | 'log'
  | 'refresh';

/**
 * A mentor: she looks at the requests waiting for her, reads the mentee's profile, accepts
 * while she has a seat (most of the time) or declines, says "let's continue" after the
 * introduction and logs meetings.
 */
export class SimulatedMentor extends SimulatedMember {
  private pending: RequestItem[] = [];
  private toConfirm: string[] = [];
  private mentorships: string[] = [];
  private openIntroductions = 0;

  protected async step(): Promise<void> {
    const actions: [MentorAction, number][] = [
      ['bell', 12],
      ['me', 4],
      ['notifications', 6],
      ['readAll', 1],
      ['profile', 3],
      ['pending', 10],
      ['introductions', 5],
      ['mentorships', 5],
      ['refresh', 2],
    ];
    if (this.pending.length > 0) actions.push(['answer', 14]);
    if (this.toConfirm.length > 0) actions.push(['confirm', 14]);
    if (this.mentorships.length > 0) actions.push(['mentorship', 6], ['log', 3]);
    const action = this.random.weighted(actions);
    switch (action) {
      case 'bell':
      case 'me':
      case 'notifications':
      case 'readAll':
        return this.common(action);
      case 'refresh':
        return this.refresh();
      case 'profile':
        await this.call('read', 'GET', '/api/me/profile', '/api/me/profile');
        return;
      case 'pending': {
        const answer = await this.call(
          'read',
          'GET',
          '/api/requests',
          '/api/requests?status=pending',
        );
        if (ok(answer)) this.pending = itemsOf<RequestItem>(answer);
        return;
      }
      case 'answer':
        return this.answer();
      case 'introductions':
        return this.readIntroductions();
      case 'confirm': {
        const id = this.toConfirm.shift();
        if (!id) return;
        const answer = await this.confirm(id);
        const mentorshipId = ok(answer) ? (answer.body as IntroductionItem).mentorshipId : null;
        if (mentorshipId) this.mentorships.push(mentorshipId);
        return;
      }
      case 'mentorships':
        return this.readMentorships();
      case 'mentorship': {
        const id = this.random.pick(this.mentorships);
        if (ended(await this.readMentorship(id))) this.drop(id);
        return;
      }
      case 'log': {
        const id = this.random.pick(this.mentorships);
        if (!(await this.logMeeting(id))) this.drop(id);
        return;
      }
    }
  }

  /** Seats she holds, as far as she last looked: open introductions and active mentorships. */
  private held(): number {
    return this.openIntroductions + this.mentorships.length;
  }

  private async answer(): Promise<void> {
    const request = this.pending.shift();
    if (!request) return;
    await this.call('read', 'GET', '/api/mentees/:id', `/api/mentees/${request.mentee.id}`);
    const path = `/api/requests/${request.id}`;
    if (this.held() < 3 && this.random.chance(0.85)) {
      const answer = await this.call(
        'write',
        'POST',
        '/api/requests/:id/accept',
        `${path}/accept`,
        {
          contact: { email: true },
        },
      );
      const introductionId = ok(answer) ? (answer.body as RequestItem).introductionId : null;
      if (introductionId) {
        this.created().introductions.push(introductionId);
        this.toConfirm.push(introductionId);
        this.openIntroductions++;
      }
    } else {
      const answer = await this.call(
        'write',
        'POST',
        '/api/requests/:id/decline',
        `${path}/decline`,
        {
          reason: this.held() >= 3 ? 'no_time' : 'not_my_field',
        },
      );
      if (ok(answer)) this.created().declined.push(request.id);
    }
  }

  private async readIntroductions(): Promise<void> {
    const answer = await this.call('read', 'GET', '/api/introductions', '/api/introductions');
    if (!ok(answer)) return;
    const open = itemsOf<IntroductionItem>(answer).filter((item) => item.status === 'open');
    this.openIntroductions = open.length;
    this.toConfirm = open.filter((item) => item.myAnswer === null).map((item) => item.id);
  }

  private async readMentorships(): Promise<void> {
    const answer = await this.call('read', 'GET', '/api/mentorships', '/api/mentorships');
    if (!ok(answer)) return;
    this.mentorships = itemsOf<MentorshipItem>(answer)
      .filter((item) => item.status === 'active')
      .map((item) => item.id);
  }

  private drop(id: string): void {
    this.mentorships = this.mentorships.filter((other) => other !== id);
  }
}
