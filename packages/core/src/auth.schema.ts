import Type, { type Static } from 'typebox';
import { ProgrammeSlug } from './programme.schema';
import { printable, singleLine } from './text.schema';
import { Locale, NAME_MAX, SelfRegisterRole, User } from './user.schema';

/**
 * OWASP ASVS: at least 10 characters, no composition rules; a maximum keeps hashing
 * cheap enough that a huge password cannot be used to tie up the server.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const EMAIL_MAX = 254;

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: EMAIL_MAX });
export const Password = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: singleLine(1, NAME_MAX),
    role: SelfRegisterRole,
    locale: Locale,
    acceptedTerms: Type.Literal(true),
    /** Required, as true, only when the programme is for women; the server checks which. */
    declaresWoman: Type.Optional(Type.Boolean()),
    /** The programme she joins; the default one when left out. */
    programme: Type.Optional(ProgrammeSlug),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: printable(1, EMAIL_MAX),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/**
 * The refresh token may come in the body (API clients) or in the httpOnly cookie the
 * browser holds; the SPA never stores it where scripts can read it.
 */
export const RefreshBody = Type.Object(
  { refreshToken: Type.Optional(printable(1, 200)) },
  { additionalProperties: false },
);
export type RefreshBody = Static<typeof RefreshBody>;

export const Session = Type.Object({
  accessToken: Type.String(),
  /** Seconds until the access token expires. */
  expiresIn: Type.Integer(),
  /** Always after login; after a refresh only to a client that sent the token in the body. */
  refreshToken: Type.Optional(Type.String()),
  user: User,
});
export type Session = Static<typeof Session>;
