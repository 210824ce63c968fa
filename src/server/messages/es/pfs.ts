/** Spanish of the messages of the pfs module. */
export const pfs: Record<string, string> = {
  'No school status with that id.': 'No hay ningún estado escolar con ese identificador.',
};
