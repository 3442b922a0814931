import { type ShallowRef, shallowRef } from 'vue';
import { usePageById } from '@/composables/usePageById';

/** Loads someone's profile page by id (usePageById says when it is not hers to see). */
export function useProfilePage<Profile>(id: () => string, fetch: (id: string) => Promise<Profile>) {
  // Typed outright: shallowRef's conditional type stays unresolved for a type parameter.
  const profile = shallowRef(null) as ShallowRef<Profile | null>;
  const { loading, notFound, load } = usePageById(id, async (profileId: string) => {
    profile.value = null;
    const found = await fetch(profileId);
    profile.value = found;
    return found;
  });
  return { profile, notFound, loading, load };
}
