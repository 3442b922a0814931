import { MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorOwnProfile } from '@mentorbro/core/profile-view';
import { checkMentorProfile } from '@mentorbro/core/profile-rules';
import {
  emptyMentorDraft,
  MENTOR_STEPS,
  mentorBody,
  MentorDraft,
  mentorDraftFrom,
  type MentorField,
  mentorTarget,
} from '../mentor.form';
import { editorContext } from './useEditorContext';
import { useProfileEditor } from './useProfileEditor';

export const mentorEditor = editorContext<MentorDraft, MentorField>('MentorEditor');

/** The mentor's editor: her answers (her newest words), core's rules, the context its steps inject. */
export function useMentorEditor(own: MentorOwnProfile, programmeLanguages: readonly string[]) {
  return useProfileEditor({
    role: 'mentor',
    context: mentorEditor,
    steps: MENTOR_STEPS,
    draftSchema: MentorDraft,
    bodySchema: MentorProfileInput,
    initial: () =>
      own.profile ? mentorDraftFrom(own.profile, own.pendingChanges) : emptyMentorDraft(),
    read: mentorBody,
    check: checkMentorProfile,
    target: mentorTarget,
    programmeLanguages,
    hasProfile: own.profile !== null,
  });
}
