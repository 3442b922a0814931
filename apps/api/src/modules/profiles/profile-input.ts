import type { FieldError } from '@mentorbro/core/error';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { checkMenteeProfile, checkMentorProfile } from '@mentorbro/core/profile-rules';
import { AppError } from '../../lib/errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Free text is stored without the spaces around it; the length rules apply to what is kept. */
function trimText(body: unknown, fields: readonly string[], lists: readonly string[] = []) {
  if (!isRecord(body)) return body;
  const copy: Record<string, unknown> = { ...body };
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = value.trim();
  }
  for (const field of lists) {
    const value = copy[field];
    if (Array.isArray(value)) {
      copy[field] = value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item));
    }
  }
  return copy;
}

function refuse(errors: FieldError[]): never {
  throw new AppError(400, 'validation_failed', 'Some fields are not valid.', errors);
}

/**
 * A mentor's profile as she sent it, trimmed and checked with core's rules, plus the
 * programme's: she can only add languages the programme works in. One she already has stays
 * allowed after coordinators drop it from the programme, so she can still pause or edit.
 */
export function readMentorProfile(
  body: unknown,
  programmeLanguages: readonly string[],
  keptLanguages: readonly string[] = [],
): MentorProfileInput {
  const input = trimText(body, ['headline', 'about', 'jobTitle', 'partnerCompany'], ['interests']);
  const errors = checkMentorProfile(input);
  if (errors.length > 0) refuse(errors);
  const profile = input as MentorProfileInput;
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
  if (notOffered.length > 0) refuse(notOffered);
  return profile;
}

export function readMenteeProfile(body: unknown): MenteeProfileInput {
  const input = trimText(body, ['educationField', 'about']);
  const errors = checkMenteeProfile(input);
  if (errors.length > 0) refuse(errors);
  return input as MenteeProfileInput;
}
