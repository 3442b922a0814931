import { useI18n } from 'vue-i18n';

/**
 * A member as another member sees her (core's Person). When she deleted her account, or a
 * coordinator erased it on her request, the record stays with `deleted` and no name.
 */
export interface NamedPerson {
  firstName: string;
  deleted?: boolean;
}

// An empty name can only be an erased account (every account has a name), so it reads the same
// even from an answer that left `deleted` out.
export const isDeleted = (person: NamedPerson): boolean =>
  person.deleted === true || person.firstName === '';

/**
 * The name to show for the other member: her first name, or "Deleted user". The one place that
 * decides it, so no page shows an empty name where a person used to be.
 */
export function usePersonName() {
  const { t } = useI18n();
  return (person: NamedPerson): string =>
    isDeleted(person) ? t('people.deleted') : person.firstName;
}

/** The same for a coordinator's view of a member, where her full name is shown. */
export function useFullName() {
  const name = usePersonName();
  return (person: { name: string; deleted?: boolean }): string =>
    name({ firstName: person.name, ...(person.deleted ? { deleted: true } : {}) });
}
