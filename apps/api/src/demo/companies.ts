import type { FieldCode } from '@mentorbro/core/catalogue';

/** Mentors come through company partnerships most often in IT and engineering (DOMAIN.md). */
export const TECH_FIELDS: readonly FieldCode[] = ['it', 'engineering', 'energy_environment'];

/** Invented company names: plausible, but not anyone's trademark. */
export const TECH_COMPANIES = [
  'Nordlys Data A/S',
  'Kodehuset ApS',
  'Bølgetop Software',
  'Fjordnet IT A/S',
  'Vindrose Teknik A/S',
  'Dataværket ApS',
] as const;

export const COMPANIES = [
  'Havnekontoret Rådgivning A/S',
  'Lyngholm Sundhed ApS',
  'Mågeøen Revision',
  'Kattegat Logistik A/S',
  'Lundgaard & Brandt Advokater',
  'Solsikken Pleje ApS',
  'Nørrevang Boligselskab',
  'Fynske Fødevarer A/S',
  'Vestkyst Byg A/S',
  'Skovbo Forsikring',
  'Egeskov Kommunikation',
  'Bakkely Skoler',
] as const;
