import type {
  DeclineIntroductionBody,
  Introduction,
  IntroductionList,
} from '@mentorbro/core/requests';
import { request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/** The first meeting after a mentor said yes: both answer "let's continue" or "not a match". */
export const introductionsApi = {
  list: () => request<IntroductionList>('/api/introductions', { auth: true }),
  get: (introductionId: string) =>
    request<Introduction>(`/api/introductions/${id(introductionId)}`, { auth: true }),
  confirm: (introductionId: string) =>
    request<Introduction>(`/api/introductions/${id(introductionId)}/confirm`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
  decline: (introductionId: string, body: DeclineIntroductionBody) =>
    request<Introduction>(`/api/introductions/${id(introductionId)}/decline`, {
      method: 'POST',
      body,
      auth: true,
    }),
};

export type IntroductionsApi = typeof introductionsApi;
