import { describe, expect, it } from 'vitest';
import { publishSchema } from './schema.ts';

describe('publish schema', () => {
  it.each([
    [{ type: 'state', slide: 'title', fragment: -1, playing: false }, true],
    [{ type: 'state', slide: 'indicators-2022', fragment: 3, playing: true }, true],
    [{ type: 'state', slide: 'a'.repeat(128), fragment: 0, playing: false }, true],
    [{ type: 'state', slide: 'a'.repeat(129), fragment: 0, playing: false }, false],
    [{ type: 'state', slide: '', fragment: 0, playing: false }, false],
    [{ type: 'state', slide: '-title', fragment: 0, playing: false }, false],
    [{ type: 'state', slide: 'ti tle', fragment: 0, playing: false }, false],
    [{ type: 'state', slide: 'title', fragment: -2, playing: false }, false],
    [{ type: 'state', slide: 'title', fragment: 1.5, playing: false }, false],
    [{ type: 'state', slide: 'title', fragment: 0, playing: 'yes' }, false],
    [{ type: 'state', slide: 'title', fragment: 0, playing: false, extra: 1 }, false],
    [{ type: 'goto', slide: 'title', fragment: 0, playing: false }, false],
    [null, false],
    [['state'], false],
  ])('%j is valid: %s', (message, valid) => {
    expect(publishSchema.safeParse(message).success).toBe(valid);
  });
});
