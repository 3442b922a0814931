import { and, eq } from 'drizzle-orm';
import type { SuggestedMentor } from '@mentorbro/core/notifications';
import type { Db } from '../../db/client';
import { matchRequests } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { searchService } from '../search/search.service';
import { findUserById } from '../users/users.repository';

/**
 * Up to three mentors she could ask now: her best recommendations (available, a shared
 * language), leaving out the one who let her request expire and those she still waits for.
 */
export async function suggestMentors(
  deps: { db: Db; clock: Clock },
  menteeId: string,
  exclude: ReadonlySet<string>,
): Promise<SuggestedMentor[]> {
  const user = await findUserById(deps.db, menteeId);
  if (!user) return [];
  const waitingOn = await deps.db
    .select({ mentorId: matchRequests.mentorId })
    .from(matchRequests)
    .where(and(eq(matchRequests.menteeId, menteeId), eq(matchRequests.status, 'pending')));
  const skip = new Set([...exclude, ...waitingOn.map((row) => row.mentorId)]);
  const { items } = await searchService(deps).recommendations(user, 10);
  return items
    .filter((card) => !skip.has(card.id))
    .slice(0, 3)
    .map((card) => ({ id: card.id, firstName: card.firstName, headline: card.headline }));
}
