import { z } from 'zod';
import type { Position, Publish } from '../protocol.ts';

/** The edge of the relay: what a client may send, checked before anything reads it. */
export const positionSchema = z.strictObject({
  slide: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/),
  fragment: z.int().min(-1).max(999),
  playing: z.boolean(),
});

export const publishSchema = z.strictObject({ type: z.literal('state'), ...positionSchema.shape });

// The schemas and the protocol's types must describe the same messages.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemasMatchProtocol: [
  Same<z.infer<typeof positionSchema>, Position>,
  Same<z.infer<typeof publishSchema>, Publish>,
] = [true, true];
