import { DataError } from '../report/errors.ts';

/** The DataError that `run` throws; any other outcome fails the test. */
export function errorOf(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}
