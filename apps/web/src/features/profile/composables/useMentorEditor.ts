import { MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorOwnProfile } from '@mentorbro/core/profile-view';
import { checkMentorProfile } from '@mentorbro/core/profile-rules';
import { Value } from 'typebox/value';
import {
  emptyMentorDraft,
  MENTOR_STEPS,
  mentorBody,
  MentorDraft,
  mentorDraftFrom,
  type MentorField,
  mentorTarget,
} from '../mentor.form';
import { useProfileStore } from '../profile.store';
import { useCatalogue } from './useCatalogue';
import { editorContext } from './useEditorContext';
import { useProfileEditor } from './useProfileEditor';
import { lengthParams, useProfileMessages } from './useProfileMessages';

export const mentorEditor = editorContext<MentorDraft, MentorField>('MentorEditor');

/** The mentor's editor: her answers, core's rules, and the context its steps inject. */
export function useMentorEditor(own: MentorOwnProfile, programmeLanguages: readonly string[]) {
  const store = useProfileStore();
  const editor = useProfileEditor<MentorDraft, MentorField, MentorProfileInput>({
    role: 'mentor',
    steps: MENTOR_STEPS,
    initial: () =>
      own.profile ? mentorDraftFrom(own.profile, own.pendingChanges) : emptyMentorDraft(),
    isDraft: (value): value is MentorDraft => Value.Check(MentorDraft, value),
    read: mentorBody,
    check: checkMentorProfile,
    target: mentorTarget,
    message: useProfileMessages('mentor', lengthParams(MentorProfileInput.properties)),
    send: (body) => store.save(body),
  });
  mentorEditor.provide({
    draft: editor.draft,
    errorAt: (pointer) => editor.steps.errorAt(pointer),
    errorIn: (field) => editor.steps.errorIn(field),
    catalogue: useCatalogue(),
    programmeLanguages,
    hasProfile: own.profile !== null,
  });
  return editor;
}
