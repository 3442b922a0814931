import { inject, type InjectionKey, provide } from 'vue';
import type { Catalogue } from './useCatalogue';

/** What every step of an editor needs: the answers, their errors and the catalogue labels. */
export interface EditorContext<Draft, Field extends string> {
  draft: Draft;
  errorAt: (pointer: string) => string | undefined;
  errorIn: (field: Field) => string | undefined;
  catalogue: Catalogue;
  /** The programme's languages, offered first (mentee) or only (mentor). */
  programmeLanguages: readonly string[];
  /** She has sent a profile before (so, for example, a mentor can pause it). */
  hasProfile: boolean;
}

/** One role's context: its editor provides it, that editor's step components use it. */
export interface EditorContextKey<Draft, Field extends string> {
  provide: (context: EditorContext<Draft, Field>) => void;
  use: () => EditorContext<Draft, Field>;
}

/**
 * The editor provides its context; its step components inject it. Steps then bind straight to
 * the editor's answers without passing them down (and mutating them) as props.
 */
export function editorContext<Draft, Field extends string>(
  name: string,
): EditorContextKey<Draft, Field> {
  const key: InjectionKey<EditorContext<Draft, Field>> = Symbol(name);
  return {
    provide: (context: EditorContext<Draft, Field>) => {
      provide(key, context);
    },
    use: (): EditorContext<Draft, Field> => {
      const context = inject(key);
      if (!context) throw new Error(`${name} steps must be inside their editor`);
      return context;
    },
  };
}

type Role = 'mentor' | 'mentee';
const roleKey: InjectionKey<Role> = Symbol('EditorRole');

/**
 * Whose editor a step is in. A step both roles are asked the same way (ProfileEditorPlace)
 * reads it to pick the role's context, ids and texts.
 */
export const editorRole = {
  provide: (role: Role) => {
    provide(roleKey, role);
  },
  use: (): Role => {
    const role = inject(roleKey);
    if (!role) throw new Error('Shared editor steps must be inside an editor');
    return role;
  },
};
