/** A data file that cannot become a deck: names the file, the path inside it and what was expected. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly expected: string,
  ) {
    // A problem with the whole file (missing, not JSON) has no path inside it.
    super(path ? `${file}: ${path}: ${expected}` : `${file}: ${expected}`);
    this.name = 'DataError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
