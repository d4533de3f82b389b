import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Publish } from '../protocol.ts';
import { placePublisher } from './publisher.ts';

const at = (fragment: number): Publish => ({ type: 'state', slide: 'agenda', fragment, playing: false });

describe('the presenter’s place publisher', () => {
  afterEach(() => vi.useRealTimers());

  it('should send its place when it changes, and not again when it does not', () => {
    let place = at(0);
    const sent: Publish[] = [];
    const publisher = placePublisher(
      (m) => sent.push(m) > 0,
      () => place,
    );
    publisher.changed();
    publisher.changed();
    place = at(1);
    publisher.changed();
    expect(sent).toEqual([at(0), at(1)]);
  });

  it('should send its place again after the relay said it was sending too fast', () => {
    vi.useFakeTimers();
    let place = at(0);
    const sent: Publish[] = [];
    const publisher = placePublisher(
      (m) => sent.push(m) > 0,
      () => place,
      1000,
    );
    for (let i = 1; i <= 100; i++) {
      place = at(i);
      publisher.changed();
    }
    // The relay took the first 40 and refused the rest: the page had counted all 100 as sent.
    publisher.refused('rate-limited');
    vi.advanceTimersByTime(1000);
    expect(sent.at(-1)).toEqual(at(100));
    expect(sent).toHaveLength(101);
    publisher.dispose();
  });

  it('should not send an invalid place again when the relay refuses it', () => {
    vi.useFakeTimers();
    const sent: Publish[] = [];
    const publisher = placePublisher(
      (m) => sent.push(m) > 0,
      () => at(0),
      1000,
    );
    publisher.changed();
    publisher.refused('invalid');
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([at(0)]);
  });

  it('should send its place on every connection, and not count a send the socket did not take', () => {
    const sent: Publish[] = [];
    let open = false;
    const publisher = placePublisher(
      (m) => open && sent.push(m) > 0,
      () => at(3),
    );
    publisher.changed();
    open = true;
    publisher.changed();
    publisher.connected();
    expect(sent).toEqual([at(3), at(3)]);
  });
});
