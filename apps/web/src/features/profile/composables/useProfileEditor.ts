import type { FieldError } from '@mentorbro/core/error';
import { reactive, ref, watch } from 'vue';
import { useRouter } from 'vue-router';
import { useAuthStore } from '@/features/auth/auth.store';
import { clearDraft, readDraft, writeDraft } from '../profile.draft';
import { type ProfileStep, useProfileSteps } from './useProfileSteps';

export interface ProfileEditorOptions<Draft extends object, Field extends string, Body> {
  role: 'mentor' | 'mentee';
  steps: readonly ProfileStep<Field>[];
  /** Her saved profile as answers, or empty answers when she has none yet. */
  initial: () => Draft;
  isDraft: (value: unknown) => value is Draft;
  read: (draft: Draft) => unknown;
  check: (value: unknown) => FieldError[];
  target: (error: FieldError) => string;
  message: (error: FieldError) => string;
  send: (body: Body) => Promise<unknown>;
}

/**
 * An editor's answers and steps. Answers and the current step are kept in sessionStorage as
 * she goes, so a reload brings her back to where she was; after a save they are cleared and
 * she sees her profile page.
 */
export function useProfileEditor<Draft extends object, Field extends string, Body>(
  options: ProfileEditorOptions<Draft, Field, Body>,
) {
  const auth = useAuthStore();
  const router = useRouter();
  const owner = `${options.role}:${auth.user?.id ?? 'unknown'}`;
  const stored = readDraft(owner, options.isDraft);
  const draft = reactive(stored?.draft ?? options.initial()) as Draft;
  /** She came back to answers she had not sent: the editor says so and offers to drop them. */
  const restored = ref(stored !== null);

  const steps = useProfileSteps<Field, Body>({
    steps: options.steps,
    read: () => options.read(draft),
    check: options.check,
    target: options.target,
    message: options.message,
    send: options.send,
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

  return { draft, steps, restored, discard };
}
