/** Spanish of the messages of the families module. */
export const families: Record<string, string> = {
  'No family with that id.': 'No hay ninguna familia con ese identificador.',
  'No member of this family with that id.': 'Esta familia no tiene ningún miembro con ese identificador.',
  'is too long': 'es demasiado largo',
  'is not a district of the family’s region': 'no es un distrito de la región de la familia',
  'is not the district you work for': 'no es el distrito para el que usted trabaja',
  'version: someone else changed this family since you opened it; reload it':
    'version: otra persona cambió esta familia desde que la abrió; vuelva a cargarla',
};
