import type { RouteRecordRaw } from 'vue-router';

/** Route names of the profile pages (own profile, mentor and mentee pages). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as pages arrive
export interface ProfileRouteNamedMap {}

export const profileRoutes: RouteRecordRaw[] = [];
