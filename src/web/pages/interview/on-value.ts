import type { ChangeEvent } from 'react';

/** An input's change handler that hands its value (typed as `T`) to `write`. */
export function onValue<T extends string = string>(write: (value: T) => void) {
  return (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    write(event.currentTarget.value as T);
}
