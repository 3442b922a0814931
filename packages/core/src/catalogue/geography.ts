import type { CatalogueEntry } from './label';

/** Denmark's five regions. A programme in another country would bring its own list. */
export const REGIONS = [
  { code: 'hovedstaden', label: { da: 'Region Hovedstaden', en: 'Capital Region' } },
  { code: 'sjaelland', label: { da: 'Region Sjælland', en: 'Region Zealand' } },
  { code: 'syddanmark', label: { da: 'Region Syddanmark', en: 'Region of Southern Denmark' } },
  { code: 'midtjylland', label: { da: 'Region Midtjylland', en: 'Central Denmark Region' } },
  { code: 'nordjylland', label: { da: 'Region Nordjylland', en: 'North Denmark Region' } },
] as const satisfies readonly CatalogueEntry[];

export type RegionCode = (typeof REGIONS)[number]['code'];

const MUNICIPALITY_NAMES: Record<RegionCode, readonly string[]> = {
  hovedstaden: [
    'Albertslund',
    'Allerød',
    'Ballerup',
    'Bornholm',
    'Brøndby',
    'Dragør',
    'Egedal',
    'Fredensborg',
    'Frederiksberg',
    'Frederikssund',
    'Furesø',
    'Gentofte',
    'Gladsaxe',
    'Glostrup',
    'Gribskov',
    'Halsnæs',
    'Helsingør',
    'Herlev',
    'Hillerød',
    'Hvidovre',
    'Høje-Taastrup',
    'Hørsholm',
    'Ishøj',
    'København',
    'Lyngby-Taarbæk',
    'Rudersdal',
    'Rødovre',
    'Tårnby',
    'Vallensbæk',
  ],
  sjaelland: [
    'Faxe',
    'Greve',
    'Guldborgsund',
    'Holbæk',
    'Kalundborg',
    'Køge',
    'Lejre',
    'Lolland',
    'Næstved',
    'Odsherred',
    'Ringsted',
    'Roskilde',
    'Slagelse',
    'Solrød',
    'Sorø',
    'Stevns',
    'Vordingborg',
  ],
  syddanmark: [
    'Assens',
    'Billund',
    'Esbjerg',
    'Faaborg-Midtfyn',
    'Fanø',
    'Fredericia',
    'Haderslev',
    'Kerteminde',
    'Kolding',
    'Langeland',
    'Middelfart',
    'Nordfyn',
    'Nyborg',
    'Odense',
    'Svendborg',
    'Sønderborg',
    'Tønder',
    'Varde',
    'Vejen',
    'Vejle',
    'Ærø',
    'Aabenraa',
  ],
  midtjylland: [
    'Aarhus',
    'Favrskov',
    'Hedensted',
    'Herning',
    'Holstebro',
    'Horsens',
    'Ikast-Brande',
    'Lemvig',
    'Norddjurs',
    'Odder',
    'Randers',
    'Ringkøbing-Skjern',
    'Samsø',
    'Silkeborg',
    'Skanderborg',
    'Skive',
    'Struer',
    'Syddjurs',
    'Viborg',
  ],
  nordjylland: [
    'Aalborg',
    'Brønderslev',
    'Frederikshavn',
    'Hjørring',
    'Jammerbugt',
    'Læsø',
    'Mariagerfjord',
    'Morsø',
    'Rebild',
    'Thisted',
    'Vesthimmerland',
  ],
};

/** A stable ASCII code from a Danish place name: "Høje-Taastrup" → "hoeje-taastrup". */
export function placeCode(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Municipality extends CatalogueEntry {
  region: RegionCode;
}

/** All 98 Danish municipalities with their region. */
export const MUNICIPALITIES: readonly Municipality[] = Object.entries(MUNICIPALITY_NAMES).flatMap(
  ([region, names]) =>
    names.map((name) => ({
      code: placeCode(name),
      label: { da: name, en: name },
      region: region as RegionCode,
    })),
);
