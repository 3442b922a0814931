import type {
  StartSurveyView,
  SurveyAnswers,
  SurveyInvitation,
  SurveyStatus,
} from '@mentorbro/core/survey';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { surveysApi } from './surveys.api';
import { isAnonymous } from './surveys.view';

/** 'already': the API had her answers before (another tab, a lost answer): thanked all the same. */
export type SendOutcome = 'sent' | 'already';

/** The surveys offered to her, the one she has open, and a mentorship's start answers. */
export const useSurveysStore = defineStore('surveys', () => {
  const items = shallowRef<SurveyInvitation[]>([]);
  const current = shallowRef<SurveyInvitation | null>(null);
  /** The start answers of one mentorship; `view` is null when it has no start survey. */
  const start = shallowRef<{ mentorshipId: string; view: StartSurveyView | null } | null>(null);

  async function loadList(): Promise<void> {
    items.value = (await surveysApi.list()).items;
  }

  /**
   * End surveys' one-time tokens, fetched when she opens the survey rather than when she
   * sends it: minutes apart, the token request says nothing about when the answers came.
   */
  const tokens = new Map<string, string>();

  async function fetchToken(id: string): Promise<string> {
    const { token } = await surveysApi.token(id);
    tokens.set(id, token);
    return token;
  }

  async function load(id: string): Promise<SurveyInvitation> {
    if (current.value?.id !== id) current.value = null;
    const invitation = await surveysApi.get(id);
    current.value = invitation;
    if (isAnonymous(invitation.form) && invitation.status !== 'answered' && !tokens.has(id)) {
      // Best effort: if it fails now, `send` asks again.
      await fetchToken(id).catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'survey_answered') {
          setStatus(id, 'answered');
        }
      });
    }
    return current.value;
  }

  function setStatus(id: string, status: SurveyStatus) {
    items.value = items.value.map((item) => (item.id === id ? { ...item, status } : item));
    if (current.value?.id === id) current.value = { ...current.value, status };
  }

  /**
   * The start survey goes with her session: it is hers, to use in the mentorship. An end
   * survey first fetches a one-time token with her session, then sends the answers with that
   * token only, so nothing stored with them points back to her.
   */
  async function send(invitation: SurveyInvitation, answers: SurveyAnswers): Promise<SendOutcome> {
    try {
      if (isAnonymous(invitation.form)) {
        const token = tokens.get(invitation.id) ?? (await fetchToken(invitation.id));
        try {
          await surveysApi.sendAnonymous({ token, answers });
        } catch (error) {
          // 404: another tab of hers took a newer token, which replaced this one.
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          await surveysApi.sendAnonymous({ token: await fetchToken(invitation.id), answers });
        }
        tokens.delete(invitation.id);
      } else {
        await surveysApi.answer(invitation.id, answers);
      }
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'survey_answered')) throw error;
      setStatus(invitation.id, 'answered');
      return 'already';
    }
    setStatus(invitation.id, 'answered');
    return 'sent';
  }

  /** "No thanks": no reminder. She may still answer later. */
  async function decline(id: string): Promise<void> {
    await surveysApi.decline(id);
    setStatus(id, 'declined');
  }

  /** A mentorship's start survey as its members and coordinators see it; null when it has none. */
  async function loadStart(mentorshipId: string): Promise<StartSurveyView | null> {
    if (start.value?.mentorshipId !== mentorshipId) start.value = null;
    let view: StartSurveyView | null;
    try {
      view = await surveysApi.startSurvey(mentorshipId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      view = null;
    }
    start.value = { mentorshipId, view };
    return view;
  }

  // Her answers and what she was offered must not outlive her session on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (userId, before) => {
      if (userId === before) return;
      items.value = [];
      current.value = null;
      start.value = null;
      tokens.clear();
    },
  );

  return { items, current, start, loadList, load, send, decline, loadStart };
});

export type SurveysStore = ReturnType<typeof useSurveysStore>;
