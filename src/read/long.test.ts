import { describe, expect, it } from 'vitest';
import { publicLink } from './long.ts';

describe('the long picture’s public link', () => {
  it.each([
    ['?view=long&link=https%3A%2F%2Fexample.org%2Freport%2F', 'https://example.org/report/'],
    ['?link=http://192.0.2.1:8080/', 'http://192.0.2.1:8080/'],
    ['?link=javascript:alert(1)', undefined],
    ['?link=ftp://example.org/', undefined],
    ['?link=not a url', undefined],
    ['?link=', undefined],
    ['?view=long', undefined],
  ])('reads %j as %j, any other value quietly as none', (search, expected) => {
    expect(publicLink(search)).toBe(expected);
  });
});
