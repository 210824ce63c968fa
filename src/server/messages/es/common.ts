/** Spanish of the messages of the common module, and of messages several modules write alike. */
export const common: Record<string, string> = {
  'must be at most {limit} characters': 'debe tener como máximo {limit} caracteres',
  'is longer than {limit} characters': 'tiene más de {limit} caracteres',
  '{value} is listed twice': '{value} aparece dos veces',
  '{date} is in the future': '{date} es una fecha futura',
  'malformed CSV: {message}': 'CSV mal formado: {message}',
  'the header row is missing': 'falta la fila de encabezados',
  'column "{name}" appears twice in the header': 'la columna "{name}" aparece dos veces en el encabezado',
  'required column "{name}" is missing from the header':
    'falta la columna obligatoria "{name}" en el encabezado',
  'the header has {length} columns; this value has none':
    'el encabezado tiene {length} columnas; este valor no tiene ninguna',
};
