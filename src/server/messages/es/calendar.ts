/** Spanish of the messages of the calendar module. */
export const calendar: Record<string, string> = {
  'No calendar item with that id.': 'No hay ninguna tarea del calendario con ese identificador.',
  'must be an http or https address': 'debe ser una dirección http o https',
  'No region with that id.': 'No hay ninguna región con ese identificador.',
  'must be a program year from {MIN_PROGRAM_YEAR} to {MAX_PROGRAM_YEAR}':
    'debe ser un año del programa de {MIN_PROGRAM_YEAR} a {MAX_PROGRAM_YEAR}',
  'choose a program year': 'elija un año del programa',
  'choose a region': 'elija una región',
  'must be from {MIN_PROGRAM_YEAR} to {MAX_PROGRAM_YEAR}':
    'debe estar entre {MIN_PROGRAM_YEAR} y {MAX_PROGRAM_YEAR}',
  'is not a status': 'no es un estado',
  'is not a member of the region’s staff': 'no es miembro del personal de la región',
  'Someone changed this item since you read it; read it again.':
    'Alguien cambió este elemento después de que usted lo leyó; vuelva a leerlo.',
  'Only a signed-in user has a calendar feed.':
    'Solo un usuario que haya iniciado sesión tiene un calendario suscrito.',
  'You have no calendar feed.': 'Usted no tiene un calendario suscrito.',
  'No calendar feed at this address.': 'No hay ningún calendario suscrito en esta dirección.',
  'there is no region {regionNumber}': 'no existe la región {regionNumber}',
};
