/** Spanish of the messages of the backup module. */
export const backup: Record<string, string> = {
  'the backup ends early at line {lineNumber}: it is incomplete':
    'la copia de seguridad termina antes de tiempo en la línea {lineNumber}: está incompleta',
  'line {lineNumber} is not JSON: this is not a Ciclo backup, or it is damaged':
    'la línea {lineNumber} no es JSON: esto no es una copia de seguridad de Ciclo, o está dañada',
  'not a gzip-compressed Ciclo backup': 'no es una copia de seguridad de Ciclo comprimida con gzip',
  'not a Ciclo backup (its first line has no "format": "ciclo-backup")':
    'no es una copia de seguridad de Ciclo (su primera línea no tiene "format": "ciclo-backup")',
  'backup format version {version} is not supported (this Ciclo reads version {BACKUP_VERSION})':
    'la versión {version} del formato de copia de seguridad no se admite (este Ciclo lee la versión {BACKUP_VERSION})',
  "the backup's schema is {value} but this database's is {value2}; restore with the Ciclo version that wrote it":
    'el esquema de la copia de seguridad es {value} pero el de esta base de datos es {value2}; restáurela con la versión de Ciclo que la escribió',
  'the backup ends at line {lineNumber} without its closing line: it is incomplete, nothing was restored':
    'la copia de seguridad termina en la línea {lineNumber} sin su línea de cierre: está incompleta, no se restauró nada',
  'table {name} has {value} rows in the file but the backup recorded {rows}':
    'la tabla {name} tiene {value} filas en el archivo pero la copia de seguridad registró {rows}',
  'line {lineNumber}: table {table} does not exist in this database':
    'línea {lineNumber}: la tabla {table} no existe en esta base de datos',
  'line {lineNumber}: table {table} has no column {value} here':
    'línea {lineNumber}: la tabla {table} no tiene aquí la columna {value}',
  'table {table} already has rows: restore only into an empty database (a new CICLO_DATA_DIR or a new PostgreSQL database)':
    'la tabla {table} ya tiene filas: restaure solo en una base de datos vacía (un CICLO_DATA_DIR nuevo o una base de datos PostgreSQL nueva)',
  'line {lineNumber}: a row before any table line':
    'línea {lineNumber}: una fila antes de cualquier línea de tabla',
};
