/** Spanish of the messages of the accountability module. */
export const accountability: Record<string, string> = {
  '{request}: unreadable': '{request}: no se puede leer',
  'no rule set {id} (no Dashboard in 2020 and 2021)':
    'no hay conjunto de reglas {id} (no hubo Dashboard en 2020 ni 2021)',
  'must be an object': 'debe ser un objeto',
  'is required': 'es obligatorio',
  'is not a known field (known: {value})': 'no es un campo conocido (conocidos: {value})',
  'must be an array': 'debe ser una lista',
  'must have at least {minItems} item(s)': 'debe tener al menos {minItems} elemento(s)',
  'repeats {key}': 'repite {key}',
  'must be a string': 'debe ser un texto',
  '{value} is not one of {value2}': '{value} no es uno de {value2}',
  'must have at least {minLength} character(s)': 'debe tener al menos {minLength} carácter(es)',
  '{value} does not match {pattern}': '{value} no tiene la forma {pattern}',
  'must be an integer': 'debe ser un número entero',
  'must be true or false': 'debe ser verdadero o falso',
  'must be {idYear}, the year in id {id}': 'debe ser {idYear}, el año del identificador {id}',
  'must not exceed intensive.window': 'no debe superar intensive.window',
  '{id} appears twice': '{id} aparece dos veces',
  'needs `local` or at least one alternative in `any`':
    'necesita `local` o al menos una alternativa en `any`',
  'give exactly one of colors and statusLevels': 'indique solo uno: colors o statusLevels',
  '{id} appears twice in the file': '{id} aparece dos veces en el archivo',
  'must be a JSON object such as {"year": 2019}': 'debe ser un objeto JSON como {"year": 2019}',
  '"year" is required': '"year" es obligatorio',
};
