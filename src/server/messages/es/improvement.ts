/** Spanish of the messages of the improvement module. */
export const improvement: Record<string, string> = {
  'has no number to compute the median from': 'no tiene ningún número del cual calcular la mediana',
  'the file must be an object with a "values" array': 'el archivo debe ser un objeto con una lista "values"',
  'is missing or not an array': 'falta o no es una lista',
  'has no point': 'no tiene ningún punto',
  '{value} is not a number or null': '{value} no es un número ni null',
  '{value} is not a whole number from 1 to {length} (the length of values)':
    '{value} no es un número entero de 1 a {length} (la longitud de values)',
  'has no number in it': 'no contiene ningún número',
  'the first {baseline} values hold no number': 'los primeros {baseline} valores no contienen ningún número',
  'is before from': 'es anterior a from',
  'a chart holds at most {MAX_PERIODS} periods': 'un gráfico contiene como máximo {MAX_PERIODS} períodos',
};
