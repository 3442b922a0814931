import { Settings } from 'typebox/system';

/**
 * TypeBox stops collecting issues after 8 by default. A profile has up to 17 questions: while
 * later steps are still empty, their issues would crowd out the ones of the step she is on, and
 * the summary after "Send" would not list everything that must be fixed. The editors check
 * with core's rules, so they raise the limit first. (Shared setting: the other forms of the SPA
 * only gain from it.)
 */
Settings.Set({ maxErrors: 100 });

export { checkMenteeProfile, checkMentorProfile } from '@mentorbro/core/profile-rules';
