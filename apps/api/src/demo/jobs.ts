import type { FieldCode } from '@mentorbro/core/catalogue';
import type { EducationLevel } from '@mentorbro/core/profile';

/** A Danish job title with the education that usually leads to it. */
export type Job = readonly [title: string, education: EducationLevel];

export interface FieldJobs {
  /** How often mentors come from this field: care, IT and teaching recruit the most. */
  weight: number;
  jobs: readonly Job[];
}

export const FIELD_JOBS: Record<FieldCode, FieldJobs> = {
  health_care: {
    weight: 8,
    jobs: [
      ['Sygeplejerske', 'bachelor'],
      ['Social- og sundhedsassistent', 'vocational'],
      ['Fysioterapeut', 'bachelor'],
      ['Jordemoder', 'bachelor'],
      ['Ergoterapeut', 'bachelor'],
      ['Læge', 'master'],
      ['Tandplejer', 'short_higher'],
    ],
  },
  it: {
    weight: 9,
    jobs: [
      ['Softwareudvikler', 'master'],
      ['IT-projektleder', 'master'],
      ['IT-supporter', 'short_higher'],
      ['Dataanalytiker', 'master'],
      ['UX-designer', 'bachelor'],
      ['Testkonsulent', 'short_higher'],
    ],
  },
  engineering: {
    weight: 4,
    jobs: [
      ['Maskiningeniør', 'master'],
      ['Bygningsingeniør', 'master'],
      ['Elektroingeniør', 'bachelor'],
      ['Procesingeniør', 'master'],
    ],
  },
  education_childcare: {
    weight: 7,
    jobs: [
      ['Pædagog', 'bachelor'],
      ['Folkeskolelærer', 'bachelor'],
      ['Pædagogisk assistent', 'vocational'],
      ['Dagplejer', 'upper_secondary'],
      ['Gymnasielærer', 'master'],
      ['Underviser i dansk som andetsprog', 'master'],
    ],
  },
  finance: {
    weight: 5,
    jobs: [
      ['Bogholder', 'short_higher'],
      ['Revisor', 'master'],
      ['Controller', 'master'],
      ['Bankrådgiver', 'short_higher'],
      ['Lønbogholder', 'vocational'],
    ],
  },
  retail: {
    weight: 3,
    jobs: [
      ['Butikschef', 'vocational'],
      ['Salgsassistent', 'vocational'],
      ['Indkøber', 'short_higher'],
      ['Visual merchandiser', 'short_higher'],
    ],
  },
  hospitality: {
    weight: 2,
    jobs: [
      ['Kok', 'vocational'],
      ['Receptionist', 'vocational'],
      ['Restaurantchef', 'short_higher'],
      ['Køkkenleder', 'vocational'],
    ],
  },
  cleaning_facility: {
    weight: 2,
    jobs: [
      ['Serviceleder', 'short_higher'],
      ['Ejendomsservicetekniker', 'vocational'],
      ['Facility manager', 'bachelor'],
      ['Teamleder i rengøring', 'upper_secondary'],
    ],
  },
  transport: {
    weight: 2,
    jobs: [
      ['Lagerchef', 'vocational'],
      ['Logistikkoordinator', 'short_higher'],
      ['Buschauffør', 'vocational'],
      ['Speditør', 'vocational'],
    ],
  },
  public_administration: {
    weight: 6,
    jobs: [
      ['Sagsbehandler', 'bachelor'],
      ['Fuldmægtig', 'master'],
      ['Jobkonsulent', 'bachelor'],
      ['Kontorfuldmægtig', 'vocational'],
      ['Specialkonsulent', 'master'],
    ],
  },
  law: {
    weight: 3,
    jobs: [
      ['Advokat', 'master'],
      ['Jurist', 'master'],
      ['Advokatsekretær', 'vocational'],
      ['Juridisk konsulent', 'master'],
    ],
  },
  research: {
    weight: 3,
    jobs: [
      ['Forsker', 'phd'],
      ['Lektor', 'phd'],
      ['Postdoc', 'phd'],
      ['Biolog', 'master'],
      ['Kemiker', 'master'],
    ],
  },
  culture: {
    weight: 2,
    jobs: [
      ['Journalist', 'bachelor'],
      ['Bibliotekar', 'bachelor'],
      ['Museumsinspektør', 'master'],
      ['Redaktør', 'master'],
    ],
  },
  crafts: {
    weight: 2,
    jobs: [
      ['Tømrer', 'vocational'],
      ['Elektriker', 'vocational'],
      ['Maler', 'vocational'],
      ['Byggeleder', 'bachelor'],
      ['Bygningskonstruktør', 'bachelor'],
    ],
  },
  manufacturing: {
    weight: 2,
    jobs: [
      ['Produktionsleder', 'bachelor'],
      ['Procesoperatør', 'vocational'],
      ['Kvalitetsmedarbejder', 'short_higher'],
      ['Industritekniker', 'vocational'],
    ],
  },
  food_agriculture: {
    weight: 2,
    jobs: [
      ['Landmand', 'vocational'],
      ['Gartner', 'vocational'],
      ['Fødevareteknolog', 'master'],
      ['Bager', 'vocational'],
    ],
  },
  social_work: {
    weight: 5,
    jobs: [
      ['Socialrådgiver', 'bachelor'],
      ['Socialpædagog', 'bachelor'],
      ['Familiebehandler', 'bachelor'],
      ['Boligsocial medarbejder', 'bachelor'],
      ['Integrationskonsulent', 'master'],
    ],
  },
  management: {
    weight: 5,
    jobs: [
      ['Afdelingsleder', 'master'],
      ['Kontorchef', 'master'],
      ['Direktionsassistent', 'bachelor'],
      ['Teamleder', 'bachelor'],
      ['Projektleder', 'master'],
    ],
  },
  sales_marketing: {
    weight: 3,
    jobs: [
      ['Marketingkoordinator', 'bachelor'],
      ['Key account manager', 'bachelor'],
      ['Salgschef', 'bachelor'],
      ['Digital marketingspecialist', 'master'],
    ],
  },
  human_resources: {
    weight: 4,
    jobs: [
      ['HR-konsulent', 'master'],
      ['Rekrutteringskonsulent', 'bachelor'],
      ['HR-partner', 'master'],
      ['HR-chef', 'master'],
    ],
  },
  communication: {
    weight: 4,
    jobs: [
      ['Kommunikationskonsulent', 'master'],
      ['Kommunikationsmedarbejder', 'master'],
      ['Webredaktør', 'bachelor'],
      ['Tekstforfatter', 'bachelor'],
    ],
  },
  design_architecture: {
    weight: 2,
    jobs: [
      ['Arkitekt', 'master'],
      ['Grafisk designer', 'bachelor'],
      ['Indretningsarkitekt', 'master'],
      ['Landskabsarkitekt', 'master'],
    ],
  },
  pharmacy_laboratory: {
    weight: 3,
    jobs: [
      ['Farmaceut', 'master'],
      ['Farmakonom', 'short_higher'],
      ['Laborant', 'short_higher'],
      ['Bioanalytiker', 'bachelor'],
    ],
  },
  energy_environment: {
    weight: 2,
    jobs: [
      ['Miljøkonsulent', 'master'],
      ['Energirådgiver', 'bachelor'],
      ['Miljøingeniør', 'master'],
      ['Vindmølletekniker', 'vocational'],
    ],
  },
  entrepreneurship: {
    weight: 2,
    jobs: [
      ['Selvstændig konsulent', 'bachelor'],
      ['Virksomhedsejer', 'short_higher'],
      ['Erhvervsrådgiver', 'master'],
      ['Caféejer', 'vocational'],
    ],
  },
  interpreting: {
    weight: 2,
    jobs: [
      ['Tolk', 'short_higher'],
      ['Translatør', 'master'],
      ['Oversætter', 'master'],
      ['Sproglærer', 'bachelor'],
    ],
  },
  beauty_wellness: {
    weight: 1,
    jobs: [
      ['Frisør', 'vocational'],
      ['Kosmetiker', 'vocational'],
      ['Salonejer', 'vocational'],
      ['Massør', 'vocational'],
    ],
  },
};
