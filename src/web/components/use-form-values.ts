import { useState, type ChangeEvent } from 'react';

type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

/**
 * The values of a form kept in one state: `text(key)` binds a TextInput or Textarea to a text
 * value, `field(key)` a Select, NumberInput or MultiSelect to any value, and `reset(...keys)` puts
 * some back to where the form started (after a save).
 */
export function useFormValues<V extends object>(initial: V) {
  const [start] = useState(initial);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));
  return {
    values,
    set,
    text: <K extends TextKey<V>>(key: K) => ({
      value: values[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(key, event.currentTarget.value as V[K]),
    }),
    field: <K extends keyof V>(key: K) => ({
      value: values[key],
      onChange: (value: V[K]) => set(key, value),
    }),
    reset: (...keys: Array<keyof V>) =>
      setValues((v) => {
        const next = { ...v };
        for (const key of keys) next[key] = start[key];
        return next;
      }),
  };
}
