import type { ContactShare } from '@mentorbro/core/requests';

/** The contact choice as a form holds it: a ticked email and a phone number, maybe empty. */
export interface ContactValues {
  email: boolean;
  phone: string;
}

/** The body's contact: an empty phone is left out; anything else goes to core to check. */
export function readContact(values: ContactValues): ContactShare {
  const phone = values.phone.trim();
  return phone === '' ? { email: values.email } : { email: values.email, phone };
}
