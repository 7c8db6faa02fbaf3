/**
 * The islands keep their state (a search, a filter choice) in the query string, so what a visitor sees is
 * a link they can share. These pure functions read and write that state; the islands hand them
 * window.location and pass the result to history.replaceState.
 */

/** Parameter name → value; '' means not set. */
export type ParamValues = Record<string, string>;

/** The named parameters of a query string; a missing one reads as ''. */
export function readParams(search: string, names: readonly string[]): ParamValues {
  const params = new URLSearchParams(search);
  return Object.fromEntries(names.map((name) => [name, params.get(name) ?? '']));
}

/** Only the named parameters that are set, for state where "not set" is no entry at all. */
export function setParams(search: string, names: readonly string[]): ParamValues {
  return Object.fromEntries(Object.entries(readParams(search, names)).filter(([, value]) => value !== ''));
}

/**
 * The address (path, query, fragment) after writing the named parameters: a value sets its parameter, an
 * empty or missing one removes it. Parameters the caller does not name, and the fragment, stay as they are.
 */
export function urlWithParams(
  location: { pathname: string; search: string; hash: string },
  names: readonly string[],
  values: ParamValues,
): string {
  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const value = values[name];
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}
