import type { Resource } from './schema.ts';

/** Every dotted key of a translation resource that leads to a text. */
export function flattenKeys(resource: Resource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

export function lookup(resource: Resource, key: string): string | undefined {
  let node: string | Resource | undefined = resource;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `over` with `from` laid over it, branch by branch: a report may reword some of the engine's texts and keep the rest. */
export function mergeResources(over: Resource, from: Resource): Resource {
  const out: Resource = { ...over };
  for (const [key, value] of Object.entries(from)) {
    const existing = out[key];
    out[key] = typeof existing === 'object' && typeof value === 'object' ? mergeResources(existing, value) : value;
  }
  return out;
}
