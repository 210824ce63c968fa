/** Spanish of the messages of the da module. */
export const da: Record<string, string> = {
  'is not a date': 'no es una fecha',
  'cannot be in the future': 'no puede ser una fecha futura',
  'This assistance was recorded by another region.': 'Esta asistencia la registró otra región.',
  'This LEA is in {value}, outside the counties your region serves.':
    'Esta LEA está en {value}, fuera de los condados que atiende su región.',
  'No assistance record with that id.': 'No hay ningún registro de asistencia con ese identificador.',
  'Only a state administrator changes rule sets.':
    'Solo un administrador estatal cambia los conjuntos de reglas.',
  'No state rule set {id}.': 'No hay un conjunto de reglas estatal {id}.',
  'No determination with that id.': 'No hay ninguna determinación con ese identificador.',
  'No Dashboard upload with that id.': 'No hay ninguna carga del Dashboard con ese identificador.',
  'No determination decided an LEA with that id.':
    'Ninguna determinación decidió una LEA con ese identificador.',
  'Your role cannot read differentiated-assistance rule sets.':
    'Su rol no puede leer los conjuntos de reglas de asistencia diferenciada.',
  '{value} was given twice': '{value} se indicó dos veces',
  'is not a file of the DA contract ({KNOWN_FILES})': 'no es un archivo del contrato de DA ({KNOWN_FILES})',
  'required file is missing': 'falta un archivo obligatorio',
  'is required when request.json is not uploaded': 'es obligatorio cuando no se sube request.json',
  'has no worksheet named {value}': 'no tiene ninguna hoja llamada {value}',
  '{file} cannot be read as JSON ({value})': '{file} no se puede leer como JSON ({value})',
};
