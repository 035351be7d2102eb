// Birmingham's ten districts (one per parliamentary constituency as drawn before 2024), with the
// postcode outcodes that mostly fall inside each and a rough centre. Outcodes straddle
// boundaries in reality; each is listed under one district only so a postcode maps to one place.
// Used to place sample venues and to label district terms; not a boundary dataset.

export interface District {
  /** Term code in the `district` taxonomy (URL value). */
  code: string;
  name: string;
  outcodes: readonly string[];
  /** Neighbourhood names used in addresses and sample service names. */
  localities: readonly string[];
  centre: { latitude: number; longitude: number };
}

export const DISTRICTS: readonly District[] = [
  {
    code: 'edgbaston',
    name: 'Edgbaston',
    outcodes: ['B15', 'B17', 'B32'],
    localities: ['Edgbaston', 'Harborne', 'Quinton', 'Bartley Green'],
    centre: { latitude: 52.4555, longitude: -1.9615 },
  },
  {
    code: 'erdington',
    name: 'Erdington',
    outcodes: ['B23', 'B24', 'B35', 'B44'],
    localities: ['Erdington', 'Kingstanding', 'Stockland Green', 'Castle Vale', 'Pype Hayes'],
    centre: { latitude: 52.5275, longitude: -1.8385 },
  },
  {
    code: 'hall-green',
    name: 'Hall Green',
    outcodes: ['B11', 'B12', 'B13', 'B14', 'B28'],
    localities: ['Hall Green', 'Moseley', 'Kings Heath', 'Sparkhill', 'Springfield'],
    centre: { latitude: 52.4435, longitude: -1.8675 },
  },
  {
    code: 'hodge-hill',
    name: 'Hodge Hill',
    outcodes: ['B8', 'B9', 'B10', 'B34', 'B36'],
    localities: ['Hodge Hill', 'Shard End', 'Washwood Heath', 'Bordesley Green', 'Ward End'],
    centre: { latitude: 52.4955, longitude: -1.8125 },
  },
  {
    code: 'ladywood',
    name: 'Ladywood',
    outcodes: ['B1', 'B3', 'B4', 'B5', 'B6', 'B7', 'B16', 'B18'],
    localities: ['Ladywood', 'Nechells', 'Aston', 'Soho', 'Jewellery Quarter', 'Digbeth'],
    centre: { latitude: 52.4855, longitude: -1.9005 },
  },
  {
    code: 'northfield',
    name: 'Northfield',
    outcodes: ['B31', 'B38', 'B45'],
    localities: ['Northfield', 'Longbridge', 'Kings Norton', 'Weoley Castle', 'Frankley'],
    centre: { latitude: 52.4105, longitude: -1.9615 },
  },
  {
    code: 'perry-barr',
    name: 'Perry Barr',
    outcodes: ['B19', 'B20', 'B21', 'B42'],
    localities: ['Perry Barr', 'Handsworth', 'Lozells', 'Oscott', 'Handsworth Wood'],
    centre: { latitude: 52.5195, longitude: -1.9055 },
  },
  {
    code: 'selly-oak',
    name: 'Selly Oak',
    outcodes: ['B29', 'B30'],
    localities: ['Selly Oak', 'Bournville', 'Stirchley', 'Brandwood', 'Billesley'],
    centre: { latitude: 52.4315, longitude: -1.9325 },
  },
  {
    code: 'sutton-coldfield',
    name: 'Sutton Coldfield',
    outcodes: ['B72', 'B73', 'B74', 'B75', 'B76'],
    localities: ['Sutton Coldfield', 'Boldmere', 'Walmley', 'Four Oaks', 'Mere Green', 'Wylde Green'],
    centre: { latitude: 52.5665, longitude: -1.8215 },
  },
  {
    code: 'yardley',
    name: 'Yardley',
    outcodes: ['B25', 'B26', 'B27', 'B33'],
    localities: ['Yardley', 'Acocks Green', 'Sheldon', 'Stechford', 'South Yardley'],
    centre: { latitude: 52.4625, longitude: -1.7955 },
  },
];

/** The district whose outcode list contains the postcode's outcode, if any ("B23 6QT" → Erdington). */
export function districtForPostcode(postcode: string): District | undefined {
  const outcode = postcode.trim().toUpperCase().split(/\s+/)[0]?.replace(/[0-9][A-Z]{2}$/, '');
  return DISTRICTS.find((d) => d.outcodes.includes(outcode ?? ''));
}
