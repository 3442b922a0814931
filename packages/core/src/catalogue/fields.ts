import type { CatalogueEntry } from './label';

/** Fields of work that cover the jobs mentees seek; a mentor works in one, a mentee may want several. */
export const FIELDS = [
  { code: 'health_care', label: { da: 'Sundhed og omsorg', en: 'Health and care' } },
  { code: 'it', label: { da: 'IT', en: 'IT' } },
  { code: 'engineering', label: { da: 'Ingeniørarbejde', en: 'Engineering' } },
  {
    code: 'education_childcare',
    label: { da: 'Undervisning og børnepasning', en: 'Teaching and childcare' },
  },
  { code: 'finance', label: { da: 'Økonomi og regnskab', en: 'Finance and accounting' } },
  { code: 'retail', label: { da: 'Butik og handel', en: 'Retail' } },
  { code: 'hospitality', label: { da: 'Hotel og restaurant', en: 'Hotels and restaurants' } },
  {
    code: 'cleaning_facility',
    label: { da: 'Rengøring og service', en: 'Cleaning and facility services' },
  },
  { code: 'transport', label: { da: 'Transport og lager', en: 'Transport and warehouse' } },
  {
    code: 'public_administration',
    label: { da: 'Offentlig administration', en: 'Public administration' },
  },
  { code: 'law', label: { da: 'Jura', en: 'Law' } },
  { code: 'research', label: { da: 'Forskning og naturvidenskab', en: 'Research and science' } },
  { code: 'culture', label: { da: 'Kultur og medier', en: 'Culture and media' } },
  { code: 'crafts', label: { da: 'Håndværk og byggeri', en: 'Crafts and construction' } },
  { code: 'manufacturing', label: { da: 'Industri og produktion', en: 'Manufacturing' } },
  { code: 'food_agriculture', label: { da: 'Fødevarer og landbrug', en: 'Food and agriculture' } },
  { code: 'social_work', label: { da: 'Socialt arbejde', en: 'Social work' } },
  {
    code: 'management',
    label: { da: 'Ledelse og administration', en: 'Management and office work' },
  },
  { code: 'sales_marketing', label: { da: 'Salg og marketing', en: 'Sales and marketing' } },
  { code: 'human_resources', label: { da: 'HR og rekruttering', en: 'HR and recruitment' } },
  { code: 'communication', label: { da: 'Kommunikation', en: 'Communication' } },
  {
    code: 'design_architecture',
    label: { da: 'Design og arkitektur', en: 'Design and architecture' },
  },
  {
    code: 'pharmacy_laboratory',
    label: { da: 'Apotek og laboratorium', en: 'Pharmacy and laboratory' },
  },
  { code: 'energy_environment', label: { da: 'Energi og miljø', en: 'Energy and environment' } },
  { code: 'entrepreneurship', label: { da: 'Iværksætteri', en: 'Starting a business' } },
  { code: 'interpreting', label: { da: 'Tolkning og sprog', en: 'Interpreting and languages' } },
  { code: 'beauty_wellness', label: { da: 'Frisør og skønhed', en: 'Hairdressing and beauty' } },
] as const satisfies readonly CatalogueEntry[];

export type FieldCode = (typeof FIELDS)[number]['code'];
