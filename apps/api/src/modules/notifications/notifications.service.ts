import {
  NOTIFICATIONS_PAGE,
  type Notification,
  type NotificationList,
  type NotificationQuery,
} from '@mentorbro/core/notifications';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import type { UserRow } from '../users/users.repository';
import {
  countUnread,
  findNotification,
  listNotifications,
  markRead,
  type NotificationRow,
} from './notifications.repository';

const noSuchNotification = () => new AppError(404, 'not_found', 'There is no such notification.');

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export function notificationsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(user: UserRow, query: NotificationQuery): Promise<NotificationList> {
      const before = query.before ? await findNotification(db, user.id, query.before) : undefined;
      if (query.before && !before) throw noSuchNotification();
      const [rows, unread] = await Promise.all([
        listNotifications(db, user.id, { unread: query.unread, before }),
        countUnread(db, user.id),
      ]);
      const page = rows.slice(0, NOTIFICATIONS_PAGE);
      return {
        items: page.map(toNotification),
        unread,
        next: rows.length > NOTIFICATIONS_PAGE ? (page.at(-1)?.id ?? null) : null,
      };
    },

    unread: (user: UserRow) => countUnread(db, user.id),

    /** Reading one twice is fine; one that is not hers is not found. */
    async read(user: UserRow, id: string): Promise<void> {
      if (!(await markRead(db, user.id, clock.now(), id))) {
        if (!(await findNotification(db, user.id, id))) throw noSuchNotification();
      }
    },

    async readAll(user: UserRow): Promise<void> {
      await markRead(db, user.id, clock.now());
    },
  };
}
