import type { JourneyWorld, SimulatedMember } from './journey-member';
import { SimulatedMentee } from './journey-mentee';
import { SimulatedMentor } from './journey-mentor';
import type { Member } from './journey-population';

export type { JourneyWorld } from './journey-member';

/** Where the members of a run start from: none yet, none logged in. */
export function membersOf(world: JourneyWorld, mentees: Member[], mentors: Member[], seed: number) {
  // Interleaved, so the ramp brings mentors and mentees in together.
  const all: Member[] = [];
  for (let i = 0; i < Math.max(mentees.length, mentors.length); i++) {
    const mentee = mentees[i];
    const mentor = mentors[i];
    if (mentee) all.push(mentee);
    if (mentor) all.push(mentor);
  }
  return all.map((member, index) =>
    member.role === 'mentee'
      ? new SimulatedMentee(world, member, seed + index)
      : new SimulatedMentor(world, member, seed + index),
  );
}

/** Every member runs until the world says stop; starts are spread over `rampSeconds`. */
export async function runMembers(members: SimulatedMember[], rampSeconds: number): Promise<void> {
  const gap = (rampSeconds * 1000) / Math.max(1, members.length);
  await Promise.all(members.map((member, index) => member.run(index * gap)));
}
