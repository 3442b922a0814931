import type { NotificationKind } from './notifications.schema';
import type { Locale } from './user.schema';

/**
 * The words of each notification: `title` is the line in the bell's list and the email's
 * subject, `body` the sentence under it. `{name}`, `{days}` and `{date}` are filled from the
 * notification's params (the SPA through vue-i18n, emails through `fillText`). Plain words for a
 * tired reader with B1 Danish; no `@`, `|` or `$`, which vue-i18n would read as syntax.
 */
export interface NotificationText {
  title: string;
  body: string;
}

type Texts = Record<NotificationKind, NotificationText>;

const da: Texts = {
  request_received: {
    title: '{name} spørger, om du vil være hendes mentor',
    body: 'Læs hendes besked og svar ja eller nej. Hun venter på dit svar.',
  },
  request_accepted: {
    title: '{name} har sagt ja til at være din mentor',
    body: 'Se hendes kontaktoplysninger, og aftal et første møde.',
  },
  request_declined: {
    title: '{name} kan ikke være din mentor lige nu',
    body: 'Det er ikke din skyld. Der er andre mentorer, der gerne vil hjælpe dig.',
  },
  request_withdrawn: {
    title: '{name} har trukket sin forespørgsel tilbage',
    body: 'Du skal ikke gøre noget.',
  },
  request_withdrawn_automatically: {
    title: '{name} har fundet en mentor',
    body: 'En anden mentor sagde ja, så hendes forespørgsel til dig er trukket tilbage. Du skal ikke gøre noget.',
  },
  request_expired: {
    title: '{name} nåede ikke at svare',
    body: 'Din forespørgsel er lukket efter {days} dage. Her er andre mentorer, du kan spørge.',
  },
  request_expired_mentor: {
    title: 'Forespørgslen fra {name} er lukket',
    body: 'Du svarede ikke inden for {days} dage. Hun kan nu spørge en anden mentor.',
  },
  request_reminder: {
    title: '{name} venter på dit svar',
    body: 'Hun spurgte dig for {days} dage siden. Et kort ja eller nej hjælper hende videre.',
  },
  mentor_paused: {
    title: 'Din profil er sat på pause',
    body: 'To forespørgsler i træk blev ikke besvaret, så mentees kan ikke spørge dig lige nu. Du kan slå pausen fra på din profil, når du har tid igen.',
  },
  introduction_answered: {
    title: '{name} vil gerne fortsætte',
    body: 'Når I har mødt hinanden, og du også vil fortsætte, starter jeres mentorforløb.',
  },
  introduction_declined: {
    title: '{name} mener ikke, at I passer sammen',
    body: 'Det er helt i orden. Du kan finde en anden at spørge eller blive spurgt af.',
  },
  introduction_lapsed: {
    title: 'Introduktionen til {name} er lukket',
    body: 'Ingen af jer svarede i tide. Skriv til koordinatoren, hvis I stadig vil mødes.',
  },
  introduction_reminder: {
    title: 'Har du mødt {name}?',
    body: 'Fortæl os, om I vil fortsætte som mentor og mentee.',
  },
  mentorship_started: {
    title: 'Dit mentorforløb med {name} er startet',
    body: 'Skriv kort ned efter hvert møde, hvad I talte om.',
  },
  log_added: {
    title: '{name} har skrevet om jeres møde',
    body: 'Læs det i jeres mentorforløb.',
  },
  mentorship_end_proposed: {
    title: '{name} foreslår en ny slutdato: {date}',
    body: 'Sig ja i jeres mentorforløb, hvis datoen passer dig.',
  },
  mentorship_planned_end_changed: {
    title: 'Jeres forløb slutter nu {date}',
    body: 'I er enige om den nye slutdato.',
  },
  mentorship_ending_soon: {
    title: 'Dit mentorforløb med {name} slutter snart',
    body: 'Det slutter {date}. Tal sammen om, hvad der er nået, og hvad der er næste skridt.',
  },
  mentorship_quiet: {
    title: 'Har I mødtes for nylig?',
    body: 'Der er ikke skrevet om et møde med {name} i {days} dage. Skriv om jeres sidste møde, eller aftal et nyt.',
  },
  mentorship_ended: {
    title: 'Dit mentorforløb med {name} er afsluttet',
    body: 'Tak for jeres tid sammen.',
  },
  profile_approved: {
    title: 'Din profil er godkendt',
    body: 'Nu kan andre i netværket se din profil.',
  },
  profile_rejected: {
    title: 'Din profil skal rettes',
    body: 'Koordinatoren har skrevet, hvad der skal rettes. Ret profilen og send den igen.',
  },
  first_request_nudge: {
    title: 'Find din mentor',
    body: 'Du har ikke spurgt nogen endnu. Her er mentorer, der passer til dig. Det er gratis og uforpligtende at spørge.',
  },
  mentors_suggested: {
    title: 'Koordinatoren foreslår mentorer til dig',
    body: 'Se mentorerne, og spørg den, du helst vil have.',
  },
  survey_start: {
    title: 'Hvor står du nu? Et par korte spørgsmål',
    body: 'Dine svar hjælper dig og {name} med at komme godt i gang. Det er frivilligt.',
  },
  survey_end: {
    title: 'Hvordan gik dit forløb med {name}?',
    body: 'Svar på få spørgsmål. Dine svar er anonyme, og det er frivilligt.',
  },
  survey_reminder: {
    title: 'Vil du stadig svare på spørgsmålene?',
    body: 'Det tager kun et par minutter, og det er frivilligt. Vi spørger ikke igen.',
  },
};

const en: Texts = {
  request_received: {
    title: '{name} asks you to be her mentor',
    body: 'Read her message and answer yes or no. She is waiting for your answer.',
  },
  request_accepted: {
    title: '{name} said yes to being your mentor',
    body: 'See her contact details and agree on a first meeting.',
  },
  request_declined: {
    title: '{name} cannot be your mentor right now',
    body: 'It is not your fault. Other mentors would like to help you.',
  },
  request_withdrawn: {
    title: '{name} withdrew her request',
    body: 'You do not need to do anything.',
  },
  request_withdrawn_automatically: {
    title: '{name} has found a mentor',
    body: 'Another mentor said yes, so her request to you is withdrawn. You do not need to do anything.',
  },
  request_expired: {
    title: '{name} did not answer in time',
    body: 'Your request closed after {days} days. Here are other mentors you can ask.',
  },
  request_expired_mentor: {
    title: 'The request from {name} has closed',
    body: 'You did not answer within {days} days. She can now ask another mentor.',
  },
  request_reminder: {
    title: '{name} is waiting for your answer',
    body: 'She asked you {days} days ago. A short yes or no helps her move on.',
  },
  mentor_paused: {
    title: 'Your profile is paused',
    body: 'Two requests in a row were not answered, so mentees cannot ask you right now. You can turn the pause off on your profile when you have time again.',
  },
  introduction_answered: {
    title: '{name} would like to continue',
    body: 'When you have met and you want to continue too, your mentorship starts.',
  },
  introduction_declined: {
    title: '{name} does not think you are a match',
    body: 'That is completely fine. You can find someone else to ask, or be asked.',
  },
  introduction_lapsed: {
    title: 'The introduction to {name} has closed',
    body: 'Neither of you answered in time. Write to the coordinator if you still want to meet.',
  },
  introduction_reminder: {
    title: 'Have you met {name}?',
    body: 'Tell us whether you want to continue as mentor and mentee.',
  },
  mentorship_started: {
    title: 'Your mentorship with {name} has started',
    body: 'After each meeting, write down briefly what you talked about.',
  },
  log_added: {
    title: '{name} wrote about your meeting',
    body: 'Read it in your mentorship.',
  },
  mentorship_end_proposed: {
    title: '{name} proposes a new end date: {date}',
    body: 'Agree in your mentorship if the date suits you.',
  },
  mentorship_planned_end_changed: {
    title: 'Your mentorship now ends on {date}',
    body: 'You both agreed on the new end date.',
  },
  mentorship_ending_soon: {
    title: 'Your mentorship with {name} ends soon',
    body: 'It ends on {date}. Talk about what you reached and what comes next.',
  },
  mentorship_quiet: {
    title: 'Have you met lately?',
    body: 'Nothing has been written about a meeting with {name} for {days} days. Write about your last meeting, or agree on a new one.',
  },
  mentorship_ended: {
    title: 'Your mentorship with {name} has ended',
    body: 'Thank you for your time together.',
  },
  profile_approved: {
    title: 'Your profile is approved',
    body: 'Others in the network can now see your profile.',
  },
  profile_rejected: {
    title: 'Your profile needs a change',
    body: 'The coordinator wrote what to change. Change your profile and send it again.',
  },
  first_request_nudge: {
    title: 'Find your mentor',
    body: 'You have not asked anyone yet. Here are mentors who suit you. Asking is free and does not commit you.',
  },
  mentors_suggested: {
    title: 'The coordinator suggests mentors for you',
    body: 'Look at the mentors and ask the one you like best.',
  },
  survey_start: {
    title: 'Where are you now? A few short questions',
    body: 'Your answers help you and {name} make a good start. It is up to you.',
  },
  survey_end: {
    title: 'How did your mentorship with {name} go?',
    body: 'Answer a few questions. Your answers are anonymous, and it is up to you.',
  },
  survey_reminder: {
    title: 'Would you still like to answer the questions?',
    body: 'It only takes a few minutes, and it is up to you. We will not ask again.',
  },
};

export const NOTIFICATION_TEXTS: Record<Locale, Texts> = { da, en };

/**
 * `{name}` when a notification names no one: it was made after the other member deleted her
 * account, so it keeps no name of hers. The same words the SPA shows on her records.
 */
export const DELETED_MEMBER_NAME: Record<Locale, string> = {
  da: 'Slettet bruger',
  en: 'Deleted user',
};

/** The words around an email's message, in each language. */
export const EMAIL_FRAME_TEXTS: Record<
  Locale,
  { greeting: string; open: string; mentors: string; note: string; why: string; tips: string }
> = {
  da: {
    greeting: 'Hej {name}',
    open: 'Åbn Mentorbro',
    mentors: 'Mentorer til dig:',
    note: 'Koordinatoren skriver:',
    why: 'Du får denne e-mail, fordi du er med i {programme}.',
    tips: 'Du kan slå e-mails med tips og forslag fra under Indstillinger.',
  },
  en: {
    greeting: 'Hello {name}',
    open: 'Open Mentorbro',
    mentors: 'Mentors for you:',
    note: 'The coordinator writes:',
    why: 'You get this email because you are a member of {programme}.',
    tips: 'You can turn off emails with tips and suggestions under Settings.',
  },
};

/** `{key}` replaced by its value; a key without one stays as written. */
export function fillText(text: string, values: Record<string, string | number | undefined>) {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
