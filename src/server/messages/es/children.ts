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
};
