import { MenteeProfileInput } from '@mentorbro/core/profile';
import type { MenteeOwnProfile } from '@mentorbro/core/profile-view';
import { checkMenteeProfile } from '@mentorbro/core/profile-rules';
import { Value } from 'typebox/value';
import {
  emptyMenteeDraft,
  MENTEE_STEPS,
  menteeBody,
  MenteeDraft,
  menteeDraftFrom,
  type MenteeField,
  menteeTarget,
} from '../mentee.form';
import { useProfileStore } from '../profile.store';
import { useCatalogue } from './useCatalogue';
import { editorContext } from './useEditorContext';
import { useProfileEditor } from './useProfileEditor';
import { lengthParams, useProfileMessages } from './useProfileMessages';

export const menteeEditor = editorContext<MenteeDraft, MenteeField>('MenteeEditor');

/** The mentee's editor: her answers, core's rules, and the context its steps inject. */
export function useMenteeEditor(own: MenteeOwnProfile, programmeLanguages: readonly string[]) {
  const store = useProfileStore();
  const editor = useProfileEditor<MenteeDraft, MenteeField, MenteeProfileInput>({
    role: 'mentee',
    steps: MENTEE_STEPS,
    initial: () => (own.profile ? menteeDraftFrom(own.profile) : emptyMenteeDraft()),
    isDraft: (value): value is MenteeDraft => Value.Check(MenteeDraft, value),
    read: menteeBody,
    check: checkMenteeProfile,
    target: menteeTarget,
    message: useProfileMessages('mentee', lengthParams(MenteeProfileInput.properties)),
    send: (body) => store.save(body),
  });
  menteeEditor.provide({
    draft: editor.draft,
    errorAt: (pointer) => editor.steps.errorAt(pointer),
    errorIn: (field) => editor.steps.errorIn(field),
    catalogue: useCatalogue(),
    programmeLanguages,
    hasProfile: own.profile !== null,
  });
  return editor;
}
