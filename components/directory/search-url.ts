import { toQueryString } from '@/lib/validation/search';
import type { ListParam, SearchParams } from '@/lib/validation/search';

// Addresses of the services page for a changed search. Every change except paging goes back to
// page 1: page 7 of the old results means nothing for the new ones.

export const SERVICES_PATH = '/services';

export function servicesHref(params: Partial<SearchParams>): string {
  const qs = toQueryString(params);
  return qs ? `${SERVICES_PATH}?${qs}` : SERVICES_PATH;
}

export function withPage(params: SearchParams, page: number): string {
  return servicesHref({ ...params, page });
}

export function withChange(params: SearchParams, change: Partial<SearchParams>): string {
  return servicesHref({ ...params, ...change, page: 1 });
}

export function toggleValue(params: SearchParams, name: ListParam, value: string): string {
  const current: readonly string[] = params[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withChange(params, { [name]: next });
}

export function withoutValue(params: SearchParams, name: ListParam, value: string): string {
  const current: readonly string[] = params[name];
  return withChange(params, { [name]: current.filter((v) => v !== value) });
}

/** Keeps only the keyword: "clear filters" should not throw away what the user searched for. */
export function clearFiltersHref(params: SearchParams): string {
  return servicesHref({ q: params.q });
}
