import { MenteeProfileInput } from '@mentorbro/core/profile';
import type { MenteeOwnProfile } from '@mentorbro/core/profile-view';
import { checkMenteeProfile } from '@mentorbro/core/profile-rules';
import {
  emptyMenteeDraft,
  MENTEE_STEPS,
  menteeBody,
  MenteeDraft,
  menteeDraftFrom,
  type MenteeField,
  menteeTarget,
} from '../mentee.form';
import { editorContext } from './useEditorContext';
import { useProfileEditor } from './useProfileEditor';

export const menteeEditor = editorContext<MenteeDraft, MenteeField>('MenteeEditor');

/** The mentee's editor: her answers, core's rules, and the context its steps inject. */
export function useMenteeEditor(own: MenteeOwnProfile, programmeLanguages: readonly string[]) {
  return useProfileEditor({
    role: 'mentee',
    context: menteeEditor,
    steps: MENTEE_STEPS,
    draftSchema: MenteeDraft,
    bodySchema: MenteeProfileInput,
    initial: () => (own.profile ? menteeDraftFrom(own.profile) : emptyMenteeDraft()),
    read: menteeBody,
    check: checkMenteeProfile,
    target: menteeTarget,
    programmeLanguages,
    hasProfile: own.profile !== null,
  });
}
