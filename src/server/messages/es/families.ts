/** Spanish of the messages of the families module. */
export const families: Record<string, string> = {
  'No family with that id.': 'No hay ninguna familia con ese identificador.',
  'is too long': 'es demasiado largo',
};
