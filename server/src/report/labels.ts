// Danish labels for letter facts and checklist states, shared by the HTML report and the review page.
export const AREA_LABEL: Readonly<Record<string, string>> = {
  social: 'Socialområdet (voksne)',
  boern: 'Børn og familie',
  beskaeftigelse: 'Beskæftigelse',
  byggesag: 'Byggesag',
  skole: 'Skole',
  aeldre: 'Ældreområdet',
  oekonomi: 'Økonomi',
  aktindsigt: 'Aktindsigt',
  teknik: 'Teknik og miljø',
  ukendt: 'Ukendt område',
};

export const OUTCOME_LABEL: Readonly<Record<string, string>> = {
  afslag: 'Afslag',
  delvis: 'Delvis bevilling',
  fuld: 'Fuld bevilling',
};

export const STATUS_SYMBOL: Readonly<Record<string, string>> = {
  ok: '✓',
  mangler: '✗',
  'ikke-relevant': '–',
  'ikke-tjekket': '?',
};

export const STATUS_LABEL: Readonly<Record<string, string>> = {
  ok: 'i orden',
  mangler: 'mangler',
  'ikke-relevant': 'ikke krævet',
  'ikke-tjekket': 'ikke tjekket',
};

/** Strong topic colours (the review page's stylesheet uses the same values). */
export const TOPIC_COLOUR: Readonly<Record<string, string>> = {
  begrundelse: '#b3261e', klagevejledning: '#8e24aa', klarsprog: '#0b5cad', laesbarhed: '#5d6b7a',
  stavning: '#c2410c', grammatik: '#a16207', navne: '#be123c', skabelon: '#7c2d12', persondata: '#991b1b',
  tiltale: '#0f766e', datoer: '#4338ca', tone: '#9d174d', partshoering: '#15803d', vejledning: '#0e7490',
};
