/** Spanish of the messages of the common module. */
export const common: Record<string, string> = {
  'malformed CSV: {message}': 'CSV mal formado: {message}',
  'the header row is missing': 'falta la fila de encabezados',
  'column "{name}" appears twice in the header': 'la columna "{name}" aparece dos veces en el encabezado',
  'required column "{name}" is missing from the header':
    'falta la columna obligatoria "{name}" en el encabezado',
  'the header has {length} columns; this value has none':
    'el encabezado tiene {length} columnas; este valor no tiene ninguna',
};
