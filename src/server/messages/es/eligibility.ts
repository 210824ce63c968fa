/** Spanish of the messages of the eligibility module. */
export const eligibility: Record<string, string> = {
  'Only a state administrator changes the eligibility settings.':
    'Solo un administrador estatal cambia la configuración de elegibilidad.',
  'Your role cannot read the eligibility settings.': 'Su rol no puede leer la configuración de elegibilidad.',
  'is not a valid interview': 'no es una entrevista válida',
  'must be a calendar date YYYY-MM-DD (got {value})':
    'debe ser una fecha del calendario AAAA-MM-DD (se recibió {value})',
  'is not a field of the interview': 'no es un campo de la entrevista',
  '{date} is after the interview date {interviewDate}':
    '{date} es posterior a la fecha de la entrevista {interviewDate}',
  'is required for a place in the United States': 'es obligatorio para un lugar en los Estados Unidos',
  "must be 1–64 letters, digits, '_', '.' or '-', starting with a letter or digit (got {value})":
    "debe tener de 1 a 64 letras, dígitos, '_', '.' o '-', y empezar con una letra o un dígito (se recibió {value})",
  'id "{id}" is used twice': 'el identificador "{id}" se usa dos veces',
  '"{worker}" is not a worker of this interview': '"{worker}" no es un trabajador de esta entrevista',
  '"{mover}" is not a person of this interview': '"{mover}" no es una persona de esta entrevista',
  '"{mover}" is listed twice': '"{mover}" aparece dos veces',
  'child "{mover}" was born {birthDate}, after this move':
    'el niño "{mover}" nació el {birthDate}, después de esta mudanza',
  '"{worker}" did not make move {id}': '"{worker}" no hizo la mudanza {id}',
  'is required for work obtained': 'es obligatorio para un trabajo obtenido',
  'sought work must be agricultural or fishing': 'el trabajo buscado debe ser agrícola o pesquero',
  '"{child}" is not a child of this interview': '"{child}" no es un niño de esta entrevista',
  '"{worker}" is not related to child "{child}"': '"{worker}" no es pariente del niño "{child}"',
  '"{worker}" made move {id} with the child: that is moving with, not {type}':
    '"{worker}" hizo la mudanza {id} con el niño: eso es mudarse juntos, no {type}',
  '"{workerMove}" is not a move of this interview': '"{workerMove}" no es una mudanza de esta entrevista',
  'to-join points to {id}, a later move of the worker':
    'to-join apunta a {id}, una mudanza posterior del trabajador',
  'precede points to {id}, an earlier move of the worker':
    'precede apunta a {id}, una mudanza anterior del trabajador',
};
