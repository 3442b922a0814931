import type {
  AcceptRequestBody,
  CreateRequestBody,
  DeclineRequestBody,
  MatchRequest,
  MatchRequestList,
} from '@mentorbro/core/requests';
import type { RequestStatus } from '@mentorbro/core/states';
import { queryString as query, request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/**
 * A mentee asks a mentor, and the mentor answers. The list is hers (the mentors she asked) or,
 * for a mentor, the requests sent to her; the API decides by the session.
 */
export const requestsApi = {
  create: (body: CreateRequestBody) =>
    request<MatchRequest>('/api/requests', { method: 'POST', body, auth: true }),
  list: (status?: RequestStatus) =>
    request<MatchRequestList>(`/api/requests${query({ status })}`, { auth: true }),
  get: (requestId: string) =>
    request<MatchRequest>(`/api/requests/${id(requestId)}`, { auth: true }),
  accept: (requestId: string, body: AcceptRequestBody) =>
    request<MatchRequest>(`/api/requests/${id(requestId)}/accept`, {
      method: 'POST',
      body,
      auth: true,
    }),
  decline: (requestId: string, body: DeclineRequestBody) =>
    request<MatchRequest>(`/api/requests/${id(requestId)}/decline`, {
      method: 'POST',
      body,
      auth: true,
    }),
  withdraw: (requestId: string) =>
    request<MatchRequest>(`/api/requests/${id(requestId)}/withdraw`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
};

export type RequestsApi = typeof requestsApi;
