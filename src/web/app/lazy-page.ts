import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is a chunk of its own, fetched the first time it is shown (render it
 * inside a Suspense boundary). `name` is the page's named export.
 */
export function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<{ [key in Name]: ComponentType<Props> }>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
