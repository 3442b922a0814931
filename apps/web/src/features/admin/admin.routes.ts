import type { RouteRecordRaw } from 'vue-router';

/** Route names of the coordinators' area. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as pages arrive
export interface AdminRouteNamedMap {}

export const adminRoutes: RouteRecordRaw[] = [];
