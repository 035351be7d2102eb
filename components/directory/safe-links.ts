// Addresses that come from listings (written by providers) made safe to put in an href.

/** Only web addresses a browser can safely open: never javascript: or data: links from data. */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export function safeEmail(value: string | null | undefined): string | null {
  return value && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) ? value : null;
}

/** A dialable tel: link: digits and a leading + only ("0121 496 0123" → tel:01214960123). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A UK number in international form for structured data ("0121 496 0123" → "+44 121 496 0123"). */
export function internationalPhone(number: string): string {
  const trimmed = number.trim();
  return /^0\d/.test(trimmed) ? `+44 ${trimmed.slice(1)}` : trimmed;
}

function coordinate(value: number, min: number, max: number): string | null {
  return Number.isFinite(value) && value >= min && value <= max ? String(Math.round(value * 1e6) / 1e6) : null;
}

/**
 * A plain link to OpenStreetMap: a pin at the coordinates when the listing has them, else a search
 * for the postcode. Only a link: no map script, tiles or tracking load on our pages.
 */
export function mapHref(place: { latitude: number | null; longitude: number | null; postcode?: string | null }): string | null {
  const lat = place.latitude === null ? null : coordinate(place.latitude, -90, 90);
  const lon = place.longitude === null ? null : coordinate(place.longitude, -180, 180);
  if (lat !== null && lon !== null) {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const postcode = place.postcode?.trim();
  return postcode ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(postcode)}` : null;
}
