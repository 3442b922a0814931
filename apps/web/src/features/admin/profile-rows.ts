import type {
  LanguageSkill,
  MenteeProfileInput,
  MentorProfileInput,
} from '@mentorbro/core/profile';
import type { useAdminLabels } from './composables/useAdminLabels';

type Labels = ReturnType<typeof useAdminLabels>;
type Translate = (key: string) => string;

/** One line of a profile as a coordinator reads it: a value, a list, or her own long text. */
export type ProfileRow =
  | { key: string; label: string; kind: 'text'; value: string }
  | { key: string; label: string; kind: 'list'; items: string[]; ordered: boolean }
  | { key: string; label: string; kind: 'long'; value: string };

export function isMentorProfile(
  profile: MentorProfileInput | MenteeProfileInput,
): profile is MentorProfileInput {
  return 'headline' in profile;
}

const text = (key: string, label: string, value: string): ProfileRow => ({
  key,
  label,
  kind: 'text',
  value,
});
const list = (key: string, label: string, items: string[], ordered = false): ProfileRow => ({
  key,
  label,
  kind: 'list',
  items,
  ordered,
});

/** Every answer of a mentor's profile, in the order of her editor, with labels for each code. */
export function mentorRows(p: MentorProfileInput, l: Labels, t: Translate): ProfileRow[] {
  const label = (key: string) => t(`admin.profile.${key}`);
  const skills = (languages: readonly LanguageSkill[]) =>
    languages.map((skill) => `${l.language(skill.code)} (${l.languageLevel(skill.level)})`);
  const notGiven = t('admin.common.notGiven');
  return [
    text('headline', label('headline'), p.headline),
    { key: 'about', label: label('about'), kind: 'long', value: p.about },
    text('jobTitle', label('jobTitle'), p.jobTitle),
    text('field', label('field'), l.field(p.field)),
    text('yearsOfExperience', label('yearsOfExperience'), String(p.yearsOfExperience)),
    text('educationLevel', label('educationLevel'), l.educationLevel(p.educationLevel)),
    list('languages', label('languages'), skills(p.languages)),
    text('municipality', label('municipality'), l.municipality(p.municipality)),
    text('meetingMode', label('meetingMode'), l.meetingMode(p.meetingMode)),
    text('meetingsPerMonth', label('meetingsPerMonth'), String(p.meetingsPerMonth)),
    text('mentorshipMonths', label('mentorshipMonths'), String(p.mentorshipMonths)),
    list('goals', label('mentorGoals'), p.goals.map(l.goal)),
    p.interests.length > 0
      ? list('interests', label('interests'), [...p.interests])
      : text('interests', label('interests'), t('admin.common.none')),
    text('capacity', label('capacity'), String(p.capacity)),
    text('partnerCompany', label('partnerCompany'), p.partnerCompany ?? t('admin.common.none')),
    text(
      'ageBand',
      label('ageBand'),
      p.personal.ageBand ? l.ageBand(p.personal.ageBand) : notGiven,
    ),
    text(
      'hasChildren',
      label('hasChildren'),
      p.personal.hasChildren === undefined ? notGiven : l.yesNo(p.personal.hasChildren),
    ),
    text(
      'migrantBackground',
      label('migrantBackground'),
      p.personal.migrantBackground === undefined ? notGiven : l.yesNo(p.personal.migrantBackground),
    ),
    text('paused', label('paused'), l.yesNo(p.paused)),
  ];
}

/** Every answer of a mentee's profile; her goals keep her order, the first matters most. */
export function menteeRows(p: MenteeProfileInput, l: Labels, t: Translate): ProfileRow[] {
  const label = (key: string) => t(`admin.profile.${key}`);
  const wishes = (['woman', 'sharedLanguage', 'migrantBackground'] as const)
    .filter((wish) => p.wishes[wish])
    .map((wish) => t(`admin.profile.wish.${wish}`));
  return [
    list('goals', label('menteeGoals'), p.goals.map(l.goal), true),
    p.desiredFields.length > 0
      ? list('desiredFields', label('desiredFields'), p.desiredFields.map(l.field))
      : text('desiredFields', label('desiredFields'), t('admin.common.notGiven')),
    text('educationLevel', label('educationLevel'), l.educationLevel(p.educationLevel)),
    text('educationField', label('educationField'), p.educationField ?? t('admin.common.notGiven')),
    text('yearsInDenmark', label('yearsInDenmark'), l.yearsInDenmark(p.yearsInDenmark)),
    text('danishLevel', label('danishLevel'), l.languageLevel(p.danishLevel)),
    p.otherLanguages.length > 0
      ? list(
          'otherLanguages',
          label('otherLanguages'),
          p.otherLanguages.map(
            (skill) => `${l.language(skill.code)} (${l.languageLevel(skill.level)})`,
          ),
        )
      : text('otherLanguages', label('otherLanguages'), t('admin.common.none')),
    text('municipality', label('municipality'), l.municipality(p.municipality)),
    text('meetingMode', label('meetingMode'), l.meetingMode(p.meetingMode)),
    wishes.length > 0
      ? list('wishes', label('wishes'), wishes)
      : text('wishes', label('wishes'), t('admin.profile.noWishes')),
    p.about === undefined
      ? text('about', label('about'), t('admin.common.notGiven'))
      : { key: 'about', label: label('about'), kind: 'long', value: p.about },
  ];
}
