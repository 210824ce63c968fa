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
  'versions: give the version you read of {ids} (0 for a new id)':
    'versions: indique la versión que leyó de {ids} (0 para un identificador nuevo)',
  'lacks {ids}': 'falta {ids}',
  'version: someone else changed rule set {id} since you opened it; reload the rule sets':
    'version: otra persona cambió el conjunto de reglas {id} desde que lo abrió; vuelva a cargar los conjuntos de reglas',
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
  'no Dashboard file was given': 'no se dio ningún archivo del Dashboard',
  "not a layout of the Dashboard's downloadable data files{value}: expected the CDE record layout's columns {EXPECTED_COLUMNS}":
    'no es un formato de los archivos de datos descargables del Dashboard{value}: se esperaban las columnas del formato de registro del CDE {EXPECTED_COLUMNS}',
  'the columns fit {value}: name the file as the CDE does (e.g. {value2})':
    'las columnas corresponden a {value}: nombre el archivo como lo hace el CDE (p. ej., {value2})',
  'required column "studentgroup" is missing': 'falta la columna obligatoria "studentgroup"',
  "{rowYear} differs from the file's year {year}: one file holds one Dashboard year":
    '{rowYear} difiere del año del archivo {year}: un archivo contiene un solo año del Dashboard',
  'the Dashboard year cannot be told: no reportingyear value and no year in the file name':
    'no se puede saber el año del Dashboard: no hay valor de reportingyear ni año en el nombre del archivo',
  '{indicator} {year} was already given by {earlier}': '{indicator} {year} ya se dio en {earlier}',
  '"{cds}" is not a 14-digit CDS code': '"{cds}" no es un código CDS de 14 dígitos',
  '"{value}" is not 0–5': '"{value}" no está entre 0 y 5',
  '{cds} is a {leaType} here and a {leaType2} in an earlier row or file':
    '{cds} es {leaType} aquí y {leaType2} en una fila o archivo anterior',
  'not the CDE list of LEAs eligible for assistance: expected the columns CDS, LEAname, AApriorities … WHpriorities (one per student group) and, if published, AssistanceStatus':
    'no es la lista del CDE de LEA elegibles para asistencia: se esperaban las columnas CDS, LEAname, AApriorities … WHpriorities (una por grupo de estudiantes) y, si se publica, AssistanceStatus',
  "cannot come with the Dashboard's downloadable files: give the CDE's .txt files (or a .zip of them), with {localIndicators}, {leaStatus} or {request} beside them if needed":
    'no puede venir con los archivos descargables del Dashboard: dé los archivos .txt del CDE (o un .zip con ellos), con {localIndicators}, {leaStatus} o {request} al lado si hace falta',
  'must be JSON with a whole-number "year"': 'debe ser JSON con un "year" que sea un número entero',
  'holds no .txt file': 'no contiene ningún archivo .txt',
  'cannot be read: {message}': 'no se puede leer: {message}',
  "the CDE's list is required": 'la lista del CDE es obligatoria',
  '"{priorityText}" is not a local-indicator priority (1, 2, 3, 6, 7, 9 or 10)':
    '"{priorityText}" no es una prioridad de indicador local (1, 2, 3, 6, 7, 9 o 10)',
  '"{performance}" is not Met, Not Met or Not Met for Two or More Years':
    '"{performance}" no es Met, Not Met ni Not Met for Two or More Years',
  '"{yearText}" is not a year, and the file\'s name gives none':
    '"{yearText}" no es un año, y el nombre del archivo no indica ninguno',
  '{leaId} was rated on priority {priority} of {year} already ({earlier})':
    '{leaId} ya tiene una calificación en la prioridad {priority} de {year} ({earlier})',
  "give the local indicators once: {localIndicators} or the CDE's Local Measures files, not both":
    'indique los indicadores locales una sola vez: {localIndicators} o los archivos Local Measures del CDE, no ambos',
  'version: someone else changed this record of assistance since you opened it; reload it':
    'version: otra persona cambió este registro de asistencia desde que lo abrió; vuelva a cargarlo',
};
