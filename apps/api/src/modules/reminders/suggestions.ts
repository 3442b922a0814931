import type { SuggestedMentor } from '@mentorbro/core/notifications';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { searchService } from '../search/search.service';
import { findUserById } from '../users/users.repository';

/**
 * Up to three mentors she could ask now: her best recommendations (available, a shared
 * language), leaving out those she has just asked or waits for.
 */
export async function suggestMentors(
  deps: { db: Db; clock: Clock },
  menteeId: string,
  exclude: ReadonlySet<string>,
): Promise<SuggestedMentor[]> {
  const user = await findUserById(deps.db, menteeId);
  if (!user) return [];
  const { items } = await searchService(deps).recommendations(user, 10);
  return items
    .filter((card) => !exclude.has(card.id))
    .slice(0, 3)
    .map((card) => ({ id: card.id, firstName: card.firstName, headline: card.headline }));
}
