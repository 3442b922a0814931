import type { FieldError } from '@mentorbro/core/error';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { checkMenteeProfile, checkMentorProfile } from '@mentorbro/core/profile-rules';
import { validationFailed } from '../../lib/errors';

/**
 * A mentor's profile as she sent it (trimmed by the route), checked with core's rules, plus the
 * programme's: she can only add languages the programme works in. One she already has stays
 * allowed after coordinators drop it from the programme, so she can still pause or edit.
 */
export function readMentorProfile(
  body: unknown,
  programmeLanguages: readonly string[],
  keptLanguages: readonly string[] = [],
): MentorProfileInput {
  const errors = checkMentorProfile(body);
  if (errors.length > 0) throw validationFailed(errors);
  const profile = body as MentorProfileInput;
  const notOffered: FieldError[] = profile.languages.flatMap((language, index) =>
    programmeLanguages.includes(language.code) || keptLanguages.includes(language.code)
      ? []
      : [
          {
            field: `/languages/${index}/code`,
            rule: 'enum',
            message: 'is not a language of this programme',
          },
        ],
  );
  if (notOffered.length > 0) throw validationFailed(notOffered);
  return profile;
}

export function readMenteeProfile(body: unknown): MenteeProfileInput {
  const errors = checkMenteeProfile(body);
  if (errors.length > 0) throw validationFailed(errors);
  return body as MenteeProfileInput;
}
