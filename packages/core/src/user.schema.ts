import Type, { type Static } from 'typebox';

/** Admins (coordinators) are created by a command, never by self-registration. */
export const ROLES = ['mentee', 'mentor', 'admin'] as const;
export const SELF_REGISTER_ROLES = ['mentee', 'mentor'] as const;
export const LOCALES = ['da', 'en'] as const;
/** Danish first: the programmes' working language and the UI's default. */
export const DEFAULT_LOCALE = 'da';

export const Role = Type.Enum(ROLES);
export type Role = Static<typeof Role>;

export const SelfRegisterRole = Type.Enum(SELF_REGISTER_ROLES);
export type SelfRegisterRole = Static<typeof SelfRegisterRole>;

export const Locale = Type.Enum(LOCALES);
export type Locale = Static<typeof Locale>;

export const NAME_MAX = 100;

/** What a signed-in user may know about herself; never the password hash or tokens. */
export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  locale: Locale,
  createdAt: Type.String({ format: 'date-time' }),
});
export type User = Static<typeof User>;

/**
 * A member's own choices: the language of the app and her emails, and whether she gets the
 * optional emails (tips and suggestions; the ones about her requests and mentorship always go).
 */
export const MemberSettings = Type.Object({ locale: Locale, emailTips: Type.Boolean() });
export type MemberSettings = Static<typeof MemberSettings>;

export const MemberSettingsBody = Type.Partial(MemberSettings, { additionalProperties: false });
export type MemberSettingsBody = Static<typeof MemberSettingsBody>;
