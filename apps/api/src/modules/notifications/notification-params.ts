import type { NotificationParams } from '@mentorbro/core/notifications';
import { firstName } from '../profiles/profiles.view';

/**
 * The `name` of a notification about the other member, frozen when it is made: her first name,
 * or none when she deleted her account. Her row then holds a placeholder that is nobody's name;
 * a text that needs a name reads "Slettet bruger" / "Deleted user" (`DELETED_MEMBER_NAME`).
 */
export const nameParam = (name: string, deleted: boolean): Pick<NotificationParams, 'name'> =>
  deleted ? {} : { name: firstName(name) };
