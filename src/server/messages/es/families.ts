/** Spanish of the messages of the families module. */
export const families: Record<string, string> = {
  'is too long': 'es demasiado largo',
};
