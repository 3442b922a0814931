import type { ReportBody } from '@mentorbro/core/report';
import { request } from '@/lib/http';

/** POST /api/reports: tells the coordinators about a profile or a person. */
export const reportsApi = {
  create: (body: ReportBody) =>
    request<{ id: string }>('/api/reports', { method: 'POST', body, auth: true }),
};
