import type { FieldError } from '@mentorbro/core/error';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { TObject, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { reactive, ref, watch } from 'vue';
import { useRouter } from 'vue-router';
import { useAuthStore } from '@/features/auth/auth.store';
import { clearDraft, readDraft, writeDraft } from '../profile.draft';
import { useProfileStore } from '../profile.store';
import { useCatalogue } from './useCatalogue';
import { type EditorContextKey, editorRole } from './useEditorContext';
import { lengthParams, useProfileMessages } from './useProfileMessages';
import { type ProfileStep, useProfileSteps } from './useProfileSteps';

/** What one role's editor is made of; the rest is the same for mentors and mentees. */
export interface ProfileEditorOptions<Draft extends object, Field extends string> {
  role: 'mentor' | 'mentee';
  /** The context the role's step components inject. */
  context: EditorContextKey<Draft, Field>;
  steps: readonly ProfileStep<Field>[];
  /** The answers' shape: a draft read back from storage must still have it. */
  draftSchema: TSchema;
  /** Core's schema of the body: its limits are the ones the messages state. */
  bodySchema: TObject;
  /** Her saved profile as answers, or empty answers when she has none yet. */
  initial: () => Draft;
  read: (draft: Draft) => unknown;
  check: (value: unknown) => FieldError[];
  target: (error: FieldError) => string;
  programmeLanguages: readonly string[];
  /** She has sent a profile before. */
  hasProfile: boolean;
}

/**
 * An editor's answers and steps, checked with core's rules and sent as her profile. Answers and
 * the current step are kept in sessionStorage as she goes, so a reload brings her back to where
 * she was; after a save they are cleared and she sees her profile page. Provides the context
 * the role's step components inject.
 */
export function useProfileEditor<Draft extends object, Field extends string>(
  options: ProfileEditorOptions<Draft, Field>,
) {
  const auth = useAuthStore();
  const store = useProfileStore();
  const router = useRouter();
  const owner = `${options.role}:${auth.user?.id ?? 'unknown'}`;
  const isDraft = (value: unknown): value is Draft => Value.Check(options.draftSchema, value);
  const stored = readDraft(owner, isDraft);
  const draft = reactive(stored?.draft ?? options.initial()) as Draft;
  /** She came back to answers she had not sent: the editor says so and offers to drop them. */
  const restored = ref(stored !== null);

  const steps = useProfileSteps<Field, MentorProfileInput | MenteeProfileInput>({
    steps: options.steps,
    read: () => options.read(draft),
    check: options.check,
    target: options.target,
    message: useProfileMessages(options.role, lengthParams(options.bodySchema.properties)),
    send: (body) => store.save(body),
    onSaved: async () => {
      clearDraft(owner);
      await router.push({ name: 'profile' });
    },
    headingId: `${options.role}-step-heading`,
    summaryId: `${options.role}-summary`,
    initialStep: stored?.step ?? 0,
  });

  // Saved after every change; a save that ends the editor clears it again (onSaved).
  watch(
    [() => steps.index, draft],
    () => {
      if (steps.loading) return;
      writeDraft(owner, { step: steps.index, draft });
    },
    { deep: true },
  );

  /** Drops the unsent answers and starts again from her saved profile. */
  async function discard(): Promise<void> {
    clearDraft(owner);
    Object.assign(draft, options.initial());
    restored.value = false;
    await steps.restart();
  }

  editorRole.provide(options.role);
  options.context.provide({
    draft,
    errorAt: (pointer) => steps.errorAt(pointer),
    errorIn: (field) => steps.errorIn(field),
    catalogue: useCatalogue(),
    programmeLanguages: options.programmeLanguages,
    hasProfile: options.hasProfile,
  });

  return { draft, steps, restored, discard };
}
