/** Spanish of the messages of the children module. */
export const children: Record<string, string> = {
  'must be a date written YYYY-MM-DD': 'debe ser una fecha escrita AAAA-MM-DD',
  'must not be in the future': 'no debe ser una fecha futura',
  'is more than 120 years ago': 'es de hace más de 120 años',
  'must be a two-letter country code (ISO 3166-1), e.g. US or MX':
    'debe ser un código de país de dos letras (ISO 3166-1), p. ej. US o MX',
  'must be the 10-digit statewide student identifier (SSID)':
    'debe ser el identificador estatal de estudiante (SSID) de 10 dígitos',
  'statewideStudentId: another child has this SSID': 'statewideStudentId: otro niño tiene este SSID',
  'another child has this SSID': 'otro niño tiene este SSID',
  'No child with that id.': 'No hay ningún niño con ese identificador.',
  'is not a region you work in': 'no es una región en la que usted trabaja',
  'no such region': 'no existe esa región',
  'no such family in this region': 'no existe esa familia en esta región',
  'version: someone else changed this child since you opened it; reload and try again':
    'version: alguien más cambió este niño después de que usted lo abrió; vuelva a cargarlo e inténtelo de nuevo',
  'is stale': 'está desactualizado',
  'is not a calendar date (YYYY-MM-DD)': 'no es una fecha del calendario (AAAA-MM-DD)',
  'is not imported history of this child’s number, or of their birth date in their region':
    'no es historial importado con el número de este niño, ni con su fecha de nacimiento en su región',
  'historyStudentId: another child is this history already':
    'historyStudentId: otro niño ya es este historial',
  'another child is this history already': 'otro niño ya es este historial',
  'list at most {limit} history students': 'indique como máximo {limit} historiales',
  'is not imported history that may be this child': 'no es un historial importado que pueda ser este niño',
  'is the history confirmed as this child': 'es el historial confirmado como este niño',
  'is listed twice': 'aparece dos veces',
  'overrideReason: the two children hold different identifiers ({value}); say why they are one child':
    'overrideReason: los dos niños tienen identificadores distintos ({value}); diga por qué son un mismo niño',
  'the two children hold different identifiers ({value}); say why they are one child':
    'los dos niños tienen identificadores distintos ({value}); diga por qué son un mismo niño',
  'Children of two regions are merged or split by the state administrator.':
    'Los niños de dos regiones los une o separa el administrador estatal.',
  'must be the 12-digit MSIX identification number':
    'debe ser el número de identificación MSIX de 12 dígitos',
  'msixId: another child has this MSIX ID': 'msixId: otro niño tiene este identificador MSIX',
  'another child has this MSIX ID': 'otro niño tiene este identificador MSIX',
  'must be a whole number from 1 to 100': 'debe ser un número entero del 1 al 100',
  'No merge or split with that id.': 'No hay ninguna unión ni separación con ese identificador.',
  '{field}: this child was merged into another; undo that merge first':
    '{field}: este niño se unió a otro; deshaga primero esa unión',
  'this child was merged into another; undo that merge first':
    'este niño se unió a otro; deshaga primero esa unión',
  'must be another child than the first': 'debe ser otro niño que el primero',
  'rows: the other child already has the same record, so these cannot move: {value}':
    'rows: el otro niño ya tiene el mismo registro, así que estos no pueden pasar: {value}',
  'the other child already has the same record, so these cannot move: {value}':
    'el otro niño ya tiene el mismo registro, así que estos no pueden pasar: {value}',
  'must be another child than the one kept': 'debe ser otro niño que el que se conserva',
  'choose at least one record to move': 'elija al menos un registro para pasar',
  'names a record that is not one of the child’s': 'nombra un registro que no es de este niño',
  'must be another child than the one split': 'debe ser otro niño que el que se separa',
  'operation: {message}': 'operation: {message}',
  'it was undone already': 'ya se deshizo',
  'a later merge or split of these children must be undone first':
    'primero hay que deshacer una unión o separación posterior de estos niños',
  'a record moved by it now has a twin on the child it came from; change one of them first':
    'un registro que movió tiene ahora un gemelo en el niño de donde vino; cambie uno de los dos primero',
  'some records it moved have moved again or are gone since; undo cannot put them back':
    'algunos registros que movió se movieron otra vez o ya no existen; no se pueden devolver',
  'the kept child’s identifiers have changed since; undo cannot give them back':
    'los identificadores del niño que se conservó cambiaron después; no se pueden devolver',
  'the child the split made has records of its own since; move them first':
    'el niño creado por la separación tiene ya registros propios; páselos primero',
};
