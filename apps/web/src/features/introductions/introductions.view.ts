import type { Introduction, SharedContact } from '@mentorbro/core/requests';

export interface Side {
  id: string;
  firstName: string;
  contact: SharedContact;
}

/** An introduction seen by one of its two members: who she is in it, and who the other is. */
export interface Perspective {
  role: 'mentee' | 'mentor';
  me: Side;
  other: Side;
}

export function perspective(introduction: Introduction, userId: string): Perspective {
  return introduction.mentor.id === userId
    ? { role: 'mentor', me: introduction.mentor, other: introduction.mentee }
    : { role: 'mentee', me: introduction.mentee, other: introduction.mentor };
}

/** A phone number as a tel: link: digits and a leading +, no spaces. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;
