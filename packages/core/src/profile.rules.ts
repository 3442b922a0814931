import type { FieldError } from './error.schema';
import { MenteeProfileInput, MentorProfileInput, type LanguageSkill } from './profile.schema';
import { validate } from './validation';

/** JSON Schema cannot say "each language once"; this says it, for both sides alike. */
function repeatedLanguages(field: string, languages: readonly LanguageSkill[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  languages.forEach((language, index) => {
    if (seen.has(language.code)) {
      errors.push({ field: `${field}/${index}/code`, rule: 'unique', message: 'is listed twice' });
    }
    seen.add(language.code);
  });
  return errors;
}

/** Every rule a mentor profile must meet: the schema, then the rules across fields. */
export function checkMentorProfile(value: unknown): FieldError[] {
  const errors = validate(MentorProfileInput, value);
  if (errors.length > 0) return errors;
  return repeatedLanguages('/languages', (value as MentorProfileInput).languages);
}

/** Her Danish level has its own question, so Danish is not repeated among her other languages. */
export function checkMenteeProfile(value: unknown): FieldError[] {
  const errors = validate(MenteeProfileInput, value);
  if (errors.length > 0) return errors;
  const profile = value as MenteeProfileInput;
  const danish = profile.otherLanguages.findIndex((language) => language.code === 'da');
  return [
    ...repeatedLanguages('/otherLanguages', profile.otherLanguages),
    ...(danish === -1
      ? []
      : [
          {
            field: `/otherLanguages/${danish}/code`,
            rule: 'unique',
            message: 'is asked for apart',
          },
        ]),
  ];
}
