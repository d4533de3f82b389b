/** A data file that cannot become a deck: names the file, the path inside it and what was expected. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${file}: ${path || '(root)'}: ${expected}`);
    this.name = 'DataError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
